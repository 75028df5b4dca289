RETURN 1 + 2 * 3 % 4 - -5 / 2.5, 'a' CONTAINS 'b', [1, 2, 3][1], {k: [1, {n: null}]}.k, toUpper(toString(coalesce(null, 7))), 1 < 2 <= 3 <> 4, x IN [1] XOR true, 9223372036854775807 + 1
