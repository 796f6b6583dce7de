-- Name search for terms of one and two characters. pg_trgm needs three characters to make a trigram, so a search for
-- a two-character Chinese term (化工, 测试) found no index entry and walked every enterprise of the caller's scope.
-- Every name is now also indexed by its single characters and its pairs of adjacent characters, lower-cased: a name
-- contains a term only if it holds every pair of the term (or, for one character, that character). The index finds
-- the candidates; the exact case-insensitive LIKE on the name still decides.

-- The characters and the pairs of adjacent characters of a lower-cased name.
-- COST 1 rather than the default 100 of an SQL function: the planner evaluates the cheapest conditions of a filter
-- first, so when it walks the newest rows of a scope for a common term the LIKE rejects a row before this function
-- runs; charged at 100 for every row walked, the walk looked dear and the planner chose parallel or bitmap plans that
-- were several times slower for common terms.
CREATE FUNCTION enterprise_name_grams(name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1 AS
$$
SELECT string_to_array(lower(name), NULL)
       || ARRAY(SELECT substr(lower(name), i, 2) FROM generate_series(1, char_length(name) - 1) AS i)
$$;

-- What a name must hold to contain the term: its pairs of adjacent characters, or the character itself when the
-- term has only one.
CREATE FUNCTION enterprise_name_term_grams(term text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT CASE WHEN char_length(term) < 2 THEN ARRAY[lower(term)]
            ELSE ARRAY(SELECT DISTINCT substr(lower(term), i, 2) FROM generate_series(1, char_length(term) - 1) AS i)
       END
$$;

-- An expression index: nothing to store in the row and nothing for the writers (the application, imports, the COPY
-- of the data generator) to fill. ANALYZE keeps statistics of the grams, so that the planner reads this index for a
-- rare term and walks the newest rows of the scope for a common one.
CREATE INDEX enterprise_name_grams_idx ON enterprise USING gin (enterprise_name_grams(name));

-- statistics of the new expression now, not at the next automatic analyze, so that existing registries plan well
ANALYZE enterprise;
