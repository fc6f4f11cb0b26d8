package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LLM's text made safe to render: tags, images and links neutralised, comparisons kept. */
class AnswerTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "<script>alert(1)</script> => &lt;script>alert(1)&lt;/script>",
        "<img src=x onerror=alert(1)> => &lt;img src=x onerror=alert(1)>",
        "<!-- hidden --> => &lt;!-- hidden -->",
        "customers aged <25 => customers aged <25",
        "a < b and 3 > 2 => a < b and 3 > 2",
        "![pixel](http://evil.example/p.png?d=1) => pixel",
        "[click](https://evil.example) here => click here",
        "**Trousers** lead with `12` => **Trousers** lead with `12`",
        "[1] a footnote => [1] a footnote",
    })
    void neutralises_what_could_act(String text, String safe) {
        assertThat(AnswerText.safe(text)).isEqualTo(safe);
    }

    @Test
    void a_stream_escapes_a_tag_split_across_deltas() {
        AnswerText.Stream s = new AnswerText.Stream();
        String out = s.next("Hello <") + s.next("script> and <") + s.next("25") + s.flush();
        assertThat(out).isEqualTo("Hello &lt;script> and <25");
        assertThat(new AnswerText.Stream().next("ends with <") ).isEqualTo("ends with ");
    }
}
