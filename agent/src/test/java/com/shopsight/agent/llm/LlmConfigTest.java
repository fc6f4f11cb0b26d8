package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LLM settings read from the environment. */
class LlmConfigTest {
    @Test
    void no_key_and_no_url_means_no_llm() {
        assertThat(LlmConfig.fromEnvironment(Map.of()).configured()).isFalse();
    }

    @Test
    void a_key_alone_means_openai() {
        LlmConfig c = LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-secret"));
        assertThat(c.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(c.model()).isEqualTo("gpt-4o-mini");
        assertThat(c.toString()).doesNotContain("sk-secret").contains("key=set");
    }

    @Test
    void a_local_server_needs_no_key() {
        LlmConfig c = LlmConfig.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1",
                "SHOPSIGHT_MODEL", "qwen2.5:7b", "SHOPSIGHT_LLM_TIMEOUT", "120", "SHOPSIGHT_LLM_RETRIES", "0",
                "SHOPSIGHT_LLM_STREAMING", "false", "SHOPSIGHT_LLM_SQL_ATTEMPTS", "5"));
        assertThat(c.configured()).isTrue();
        assertThat(c.apiKey()).isNull();
        assertThat(c.model()).isEqualTo("qwen2.5:7b");
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(c.maxRetries()).isZero();
        assertThat(c.streaming()).isFalse();
        assertThat(c.maxSqlAttempts()).isEqualTo(5);
        assertThat(c.endpoint()).isEqualTo("http://localhost:11434/v1");
    }

    @Test
    void the_temperature_can_be_left_to_the_server() {
        assertThat(LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "k")).temperature()).isZero();
        assertThat(LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "k", "SHOPSIGHT_LLM_TEMPERATURE", "none")).temperature())
                .isNull();
        assertThat(LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "k", "SHOPSIGHT_LLM_TEMPERATURE", "0.3")).temperature())
                .isEqualTo(0.3);
    }

    @Test
    void rejects_values_that_cannot_be_used() {
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("OPENAI_BASE_URL", "localhost:11434")))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "k", "SHOPSIGHT_LLM_TIMEOUT", "soon")))
                .hasMessageContaining("SHOPSIGHT_LLM_TIMEOUT must be a whole number");
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "k", "SHOPSIGHT_LLM_STREAMING", "maybe")))
                .hasMessageContaining("true or false");
    }
}
