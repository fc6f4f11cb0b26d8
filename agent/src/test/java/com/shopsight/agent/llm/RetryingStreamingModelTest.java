package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.RateLimitException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RetryingStreamingModelTest {

    @Test
    void passing_failures_are_retried() {
        assertThat(RetryingStreamingModel.retryable(new RateLimitException(new HttpException(429, "slow down")))).isTrue();
        assertThat(RetryingStreamingModel.retryable(new InternalServerException(new HttpException(503, "busy")))).isTrue();
        assertThat(RetryingStreamingModel.retryable(new HttpException(502, "bad gateway"))).isTrue();
        assertThat(RetryingStreamingModel.retryable(new dev.langchain4j.exception.TimeoutException(new HttpTimeoutException("t"))))
                .isTrue();
        assertThat(RetryingStreamingModel.retryable(new CompletionException(new IOException("Connection reset")))).isTrue();
    }

    @Test
    void failures_another_try_cannot_mend_are_final() {
        assertThat(RetryingStreamingModel.retryable(new AuthenticationException(new HttpException(401, "key")))).isFalse();
        assertThat(RetryingStreamingModel.retryable(new InvalidRequestException(new HttpException(400, "bad")))).isFalse();
        assertThat(RetryingStreamingModel.retryable(new HttpException(404, "no such model"))).isFalse();
        assertThat(RetryingStreamingModel.retryable(new LangChain4jException(new ConnectException("refused")))).isFalse();
        assertThat(RetryingStreamingModel.retryable(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void the_backoff_doubles_up_to_a_cap() {
        assertThat(RetryingStreamingModel.backoffMillis(0)).isEqualTo(500);
        assertThat(RetryingStreamingModel.backoffMillis(1)).isEqualTo(1000);
        assertThat(RetryingStreamingModel.backoffMillis(2)).isEqualTo(2000);
        assertThat(RetryingStreamingModel.backoffMillis(10)).isEqualTo(RetryingStreamingModel.MAX_BACKOFF_MILLIS);
        assertThat(RetryingStreamingModel.backoffMillis(100)).isEqualTo(RetryingStreamingModel.MAX_BACKOFF_MILLIS);
    }
}
