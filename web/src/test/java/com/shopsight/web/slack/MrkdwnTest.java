package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text for Slack: nothing from data or an LLM becomes a mention or a link. */
class MrkdwnTest {
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "<!channel> look                  => &lt;!channel&gt; look",
        "<!here|here>                     => &lt;!here|here&gt;",
        "hi <@U024BE7LH>                  => hi &lt;@U024BE7LH&gt;",
        "<https://evil.example|click me>  => &lt;https://evil.example|click me&gt;",
        "H&M &amp; co                     => H&amp;M &amp;amp; co",
        "a < b > c                        => a &lt; b &gt; c"})
    void escapes_what_slack_would_read_as_markup(String text, String escaped) {
        assertThat(Mrkdwn.escape(text)).isEqualTo(escaped);
        assertThat(Mrkdwn.escape(text)).doesNotContain("<", ">");
    }

    @Test
    void turns_the_answers_markdown_into_mrkdwn_and_escapes_it() {
        String md = "## Top\n\n1. **Kiki <!channel>** — 69.25\n- online & in store\n* [link](https://x.example)";

        assertThat(Mrkdwn.fromMarkdown(md))
                .isEqualTo("*Top*\n\n1. *Kiki &lt;!channel&gt;* — 69.25\n• online &amp; in store\n• [link](https://x.example)");
    }

    @Test
    void a_code_block_cannot_be_closed_from_inside() {
        String block = Mrkdwn.codeBlock("SELECT 1 -- ``` <!channel>", 3000);

        assertThat(block).startsWith("```\n").endsWith("\n```");
        assertThat(block.substring(3, block.length() - 3)).doesNotContain("```").contains("&lt;!channel&gt;");
    }

    @Test
    void clipping_never_cuts_an_entity_in_half() {
        assertThat(Mrkdwn.clip("abc&amp;def", 6)).isEqualTo("abc…");
        assertThat(Mrkdwn.clip("abc&amp;def", 9)).isEqualTo("abc&amp;…");
        assertThat(Mrkdwn.clip("short", 9)).isEqualTo("short");
    }

    @Test
    void reads_what_a_person_typed_from_slacks_text() {
        assertThat(Mrkdwn.plainFromSlack("<@U0BOT> top 5 colours in <#C123|sales> &amp; <https://x.example|this> &lt;3"))
                .isEqualTo("top 5 colours in #sales & this <3");
        assertThat(Mrkdwn.plainFromSlack("<@U0BOT>   ")).isEmpty();
        assertThat(Mrkdwn.plainFromSlack("<!here> revenue by month")).isEqualTo("revenue by month");
    }
}
