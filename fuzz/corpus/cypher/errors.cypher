MATCH (n:Nope)-[:NOT_A_TYPE*5..2]-() CREATE (x) RETURN n.`quoted name`, $missing /* comment */ // line
