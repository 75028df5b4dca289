MATCH (a:Country)-[p:PARTNER_OF]->(b) WHERE p.level ENDS WITH 'partner' RETURN *
