MATCH (o:Office {name: $b})<-[r:APPOINTED_TO|HELD]-(p) WHERE id(p) = $a OR p.name STARTS WITH 'B' RETURN DISTINCT p.name AS person, count(*) AS n, collect(r.date)[0] ORDER BY n DESC SKIP 0 LIMIT 5
