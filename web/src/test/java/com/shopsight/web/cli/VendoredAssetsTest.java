package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.chart.VegaLiteSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart libraries ship in the jar, unmodified, in the version whose schema the specs are checked against. */
class VendoredAssetsTest {
    static byte[] resource(String path) throws IOException {
        try (InputStream in = VendoredAssetsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js"})
    void each_library_matches_the_checksum_recorded_when_it_was_vendored(String file) throws Exception {
        String recorded = new String(resource("/public/vendor/VENDORED.txt"), StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(resource("/public/vendor/" + file)));
        assertThat(recorded).contains(sha + "  " + file);
    }

    @Test
    void the_page_renders_the_vega_lite_version_the_specs_are_validated_against() throws Exception {
        String vegaLite = new String(resource("/public/vendor/vega-lite.min.js"), StandardCharsets.UTF_8);
        assertThat(vegaLite).contains("\"" + VegaLiteSchema.VERSION + "\"");
        String recorded = new String(resource("/public/vendor/VENDORED.txt"), StandardCharsets.UTF_8);
        assertThat(recorded).contains("vega-lite " + VegaLiteSchema.VERSION);
        assertThat(resource("/com/shopsight/tools/chart/vega-lite-schema.json")).isNotEmpty();
        assertThat(resource("/public/vendor/LICENSE-vega-lite.txt")).isNotEmpty();
    }
}
