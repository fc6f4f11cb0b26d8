package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the webhook may post answers: the allow-list, https, and no internal addresses. */
class CallbackPolicyTest {
    private final CallbackPolicy policy = new CallbackPolicy(Set.of("hooks.example.com", "localhost", "10.1.2.3", "127.0.0.1"));

    @ParameterizedTest
    @ValueSource(strings = {
        "https://hooks.example.com/answers",
        "https://HOOKS.example.com:8443/a?b=c",
        "https://hooks.example.com./answers",
        "http://localhost:9000/callback",
        "http://127.0.0.1:9000/callback",
        "https://10.1.2.3/listed-explicitly"})
    void allows_listed_hosts(String url) {
        assertThat(policy.check(url)).isInstanceOf(CallbackPolicy.Allowed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://evil.example/steal                 | not on this server's callback allow-list",
        "https://hooks.example.com.evil.example/x   | not on this server's callback allow-list",
        "http://hooks.example.com/answers           | must use https",
        "ftp://hooks.example.com/x                  | absolute https address",
        "/relative/path                             | absolute https address",
        "https://user:pw@hooks.example.com/x        | credentials",
        "https://10.0.0.5/x                         | internal address 10.0.0.5",
        "https://192.168.1.1/x                      | internal address 192.168.1.1",
        "https://172.16.0.1/x                       | internal address 172.16.0.1",
        "http://169.254.169.254/latest/meta-data    | internal address 169.254.169.254",
        "https://100.64.0.1/x                       | internal address 100.64.0.1",
        "https://0.0.0.0/x                          | internal address 0.0.0.0",
        "https://127.0.0.2/x                        | internal address 127.0.0.2",
        "https://[::1]/x                            | internal address ::1",
        "https://[fd00::1]/x                        | internal address fd00::1",
        "https://[::ffff:10.0.0.1]/x                | internal address ::ffff:10.0.0.1",
        "https://2130706433/x                       | not on this server's callback allow-list",
        "not a url at all                           | not a valid address"})
    void refuses_everything_else(String url, String reason) {
        CallbackPolicy.Verdict verdict = policy.check(url);

        assertThat(verdict).isInstanceOf(CallbackPolicy.Refused.class);
        assertThat(((CallbackPolicy.Refused) verdict).reason()).contains(reason);
    }

    @Test
    void an_empty_allow_list_allows_nothing() {
        assertThat(new CallbackPolicy(Set.of()).check("https://hooks.example.com/x")).isInstanceOf(CallbackPolicy.Refused.class);
    }
}
