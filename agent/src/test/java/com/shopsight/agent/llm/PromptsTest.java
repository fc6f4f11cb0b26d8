package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.ShopSightException;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt files: read at run time (a folder over the jar), rendered once, matched to their tools. */
class PromptsTest {
    @TempDir
    Path folder;

    @Test
    void variables_are_filled_in_one_pass_and_fragments_pulled_in() {
        Prompts p = Prompts.bundled();
        String out = p.render("Hi {{name}}. {{fragment:numbers}}", Map.of("name", "{{schema}} and {{x}}"));
        assertThat(out).startsWith("Hi {{schema}} and {{x}}. - Every number in your answer");
    }

    @Test
    void a_variable_nobody_fills_is_a_broken_prompt() {
        assertThatThrownBy(() -> Prompts.bundled().render("{{nope}}", Map.of())).isInstanceOf(ShopSightException.class)
                .hasMessageContaining("{{nope}}");
    }

    @Test
    void a_file_in_the_folder_wins_over_the_bundled_copy() throws IOException {
        Files.createDirectories(folder.resolve("fragments"));
        Files.writeString(folder.resolve("fragments/numbers.txt"), "Local rule.\r\n");
        assertThat(Prompts.from(folder).text("fragments/numbers.txt")).isEqualTo("Local rule.\n");
        assertThat(Prompts.from(folder).text("agent.system.txt")).contains("### TASK ###");
    }

    @Test
    void sections_are_split_on_their_headings() {
        Map<String, String> s = Prompts.sections("intro\n### TASK ###\nDo it.\n\n### PARAMETERS ###\na: one\n");
        assertThat(s).containsExactly(Map.entry("", "intro"), Map.entry("TASK", "Do it."), Map.entry("PARAMETERS", "a: one"));
    }

    @Test
    void every_tool_has_a_description_and_each_parameter_its_own() {
        ToolBox box = new ToolBox(List.of(new SqlTool(null, null), new SchemaTool(SchemaContextTest.wide())),
                Prompts.from(LlmFixture.ROOT.resolve("prompts")), 3);
        assertThat(box.specifications()).extracting(ToolSpecification::name).containsExactly("run_sql", "describe_schema");
        assertThat(box.specifications()).allSatisfy(t -> {
            assertThat(t.description()).isNotBlank();
            assertThat(t.parameters().properties()).isNotEmpty();
        });
    }

    @Test
    void a_prompt_that_misses_a_parameter_is_refused_at_start() throws IOException {
        Files.createDirectories(folder.resolve("tools"));
        Files.writeString(folder.resolve("tools/run_sql.txt"), "### TASK ###\nRuns SQL.\n### PARAMETERS ###\nsql: the query\n");
        assertThatThrownBy(() -> new ToolBox(List.of(new SqlTool(null, null)), Prompts.from(folder), 3))
                .hasMessageContaining("does not describe the parameter purpose");
    }
}
