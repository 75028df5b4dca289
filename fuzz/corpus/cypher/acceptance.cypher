MATCH (p:Person)-[r:APPOINTED_TO]->(o:Office) WHERE r.date >= date("2025-01-01") RETURN p.name, o.name, r.date ORDER BY r.date
