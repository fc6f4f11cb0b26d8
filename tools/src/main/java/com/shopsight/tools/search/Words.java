package com.shopsight.tools.search;

import com.shopsight.tools.ShopSightException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How search reads text: lower case, accents and trademark signs dropped, split at anything
 * that is not a letter or digit (a hyphenated word also kept whole: "t-shirt" gives "tshirt",
 * "t" and "shirt"), and a light plural stem ("dresses" and "dress" meet). Stop words, synonyms
 * and other retailers' brands come from this package's resources.
 */
final class Words {
    private static final Set<String> STOPWORDS = Set.copyOf(readWords("stopwords.txt"));
    private static final Map<String, List<String>> SYNONYMS = readSynonyms();
    private static final List<String> BRANDS = readWords("brands.txt");

    private Words() {}

    /** The stems of {@code text}, in order, repeats kept (for phrases). */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String token : tokens(text)) {
            out.add(stem(token));
        }
        return out;
    }

    /** The tokens of {@code text}: hyphenated words whole and in parts. */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'s ", " ").replace("'", "");
        List<String> out = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}-]+")) {
            String whole = word.replace("-", "");
            if (whole.isEmpty()) {
                continue;
            }
            out.add(whole);
            if (word.contains("-")) {
                for (String part : word.split("-")) {
                    if (part.length() >= 2) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    /** A light English plural stem: "dresses" -> "dress", "shoes" -> "shoe", "tops" -> "top". */
    static String stem(String token) {
        if (token.length() > 4 && token.endsWith("sses")) {
            return token.substring(0, token.length() - 2);
        }
        if (token.length() > 4 && (token.endsWith("ches") || token.endsWith("shes") || token.endsWith("xes"))) {
            return token.substring(0, token.length() - 2);
        }
        if (token.length() > 3 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    static boolean isStopword(String token) {
        return STOPWORDS.contains(token);
    }

    /** The words a query word also stands for, itself first. */
    static List<String> withSynonyms(String token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(token);
        List<String> more = SYNONYMS.get(token);
        if (more != null) {
            for (String m : more) {
                out.addAll(tokens(m));
            }
        }
        return List.copyOf(out);
    }

    /** The other retailers' brands named in {@code query}, as written in the list. */
    static List<String> brandsIn(String query) {
        String q = " " + String.join(" ", tokens(query.replace("'", ""))) + " ";
        List<String> found = new ArrayList<>();
        for (String brand : BRANDS) {
            String b = " " + String.join(" ", tokens(brand.replace("'", ""))) + " ";
            if (q.contains(b)) {
                found.add(brand);
            }
        }
        return found;
    }

    private static List<String> readWords(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.contains(" ") && !resource.equals("brands.txt")) {
                for (String w : line.split("\\s+")) {
                    out.add(w);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static Map<String, List<String>> readSynonyms() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines("synonyms.txt")) {
            String[] sides = line.split("=", 2);
            if (sides.length != 2) {
                throw new ShopSightException("synonyms.txt: no '=' in '" + line + "'");
            }
            out.put(sides[0].trim(), List.of(sides[1].trim().split("\\s+")));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ShopSightException("The search resource " + resource + " is missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the search resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
