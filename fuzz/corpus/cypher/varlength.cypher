MATCH (e:Event)-[:LOCATED_IN*1..3]->(c:Country), (a)-[r]-(b) WHERE NOT a.name IS NULL AND size(r.sources) > 0 RETURN e.name, c.name, type(r), labels(a), startNode(r).name
