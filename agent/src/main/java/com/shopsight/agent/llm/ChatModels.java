package com.shopsight.agent.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;

/** Builds the OpenAI-compatible chat models, plain and streaming, from an {@link LlmConfig}. */
final class ChatModels {
    private ChatModels() {}

    static ChatModel plain(LlmConfig config) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(http(config))
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey())
                .customHeaders(headers(config))
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .maxRetries(config.maxRetries())
                .build();
    }

    static StreamingChatModel streaming(LlmConfig config) {
        return OpenAiStreamingChatModel.builder()
                .httpClientBuilder(http(config))
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey())
                .customHeaders(headers(config))
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .build();
    }

    /**
     * The JDK client pinned to HTTP/1.1: by default it offers {@code Upgrade: h2c} on plain
     * http, and vLLM and LM Studio then drop the request body.
     */
    private static JdkHttpClientBuilder http(LlmConfig config) {
        return new JdkHttpClientBuilder()
                .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                .connectTimeout(config.timeout())
                .readTimeout(config.timeout());
    }

    /** Azure OpenAI reads its key from an {@code api-key} header; everyone else from the Bearer token. */
    private static Map<String, String> headers(LlmConfig config) {
        String host = URI.create(config.baseUrl()).getHost();
        if (config.apiKey() != null && host != null && host.endsWith(".azure.com")) {
            return Map.of("api-key", config.apiKey());
        }
        return Map.of();
    }
}
