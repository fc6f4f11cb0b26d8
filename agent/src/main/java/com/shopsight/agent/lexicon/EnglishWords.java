package com.shopsight.agent.lexicon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The English around the business words, read from the bundled english.yaml: grammar words by
 * role, numbers, months, and filler.
 */
public record EnglishWords(Map<String, List<String>> grammar, Map<Integer, List<String>> numbers,
        Map<Integer, List<String>> months, List<String> filler) {

    public EnglishWords {
        grammar = Map.copyOf(grammar);
        numbers = Map.copyOf(numbers);
        months = Map.copyOf(months);
        filler = List.copyOf(filler);
    }

    /** The bundled word lists. */
    public static EnglishWords load() {
        try (InputStream in = EnglishWords.class.getResourceAsStream("english.yaml")) {
            if (in == null) {
                throw new ShopSightException("english.yaml is missing from the planner's resources");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, EnglishWords.class);
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the planner's english.yaml: " + e.getMessage(), e);
        }
    }
}
