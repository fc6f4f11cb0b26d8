package com.shopsight.agent.semantic;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** H&M's product type names, from the generator's catalogue (the real vocabulary). */
final class HmVocabulary {
    private HmVocabulary() {}

    static Set<String> productTypes() {
        try (var in = HmVocabulary.class.getResourceAsStream("/com/shopsight/tools/data/catalogue/product_types.psv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\\|")[1]).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
