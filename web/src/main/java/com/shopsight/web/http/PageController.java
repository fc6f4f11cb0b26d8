package com.shopsight.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.Conversation;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import com.shopsight.tools.ShopSightException;
import com.shopsight.web.view.AnswerView;
import com.shopsight.web.view.ChatView;
import com.shopsight.web.view.Chrome;
import com.shopsight.web.view.ErrorView;
import com.shopsight.web.view.LoginView;
import com.shopsight.web.view.SchemaView;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The HTML pages: chat, a conversation, an answer, the schema doc, sign-in, the latest evaluation report. */
final class PageController {
    /** How many past conversations the list shows. */
    static final int LISTED = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Backend backend;
    private final AnswerIndex index;
    private final TokenAuthPlugin auth;
    private final ObjectMapper json;

    PageController(Backend backend, AnswerIndex index, TokenAuthPlugin auth, ObjectMapper json) {
        this.backend = backend;
        this.index = index;
        this.auth = auth;
        this.json = json;
    }

    void chat(Context ctx) {
        ctx.render("chat.jte", Map.of("page", chatView(null, List.of())));
    }

    void conversation(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Conversation> found = ConversationStore.validId(id) ? backend.conversations().load(id) : Optional.empty();
        if (found.isEmpty()) {
            throw ApiException.notFound("There is no conversation " + id + ".");
        }
        List<Answer> answers = found.get().turns().stream().map(Turn::answer).toList();
        ctx.render("chat.jte", Map.of("page", chatView(id, answers)));
    }

    void answer(Context ctx) {
        String id = ctx.pathParam("id");
        Answer answer = (id.length() <= 100 ? index.find(id) : Optional.<Answer>empty())
                .orElseThrow(() -> ApiException.notFound("There is no answer " + id + "."));
        String when = backend.conversations().load(answer.conversationId())
                .flatMap(c -> c.turns().stream().filter(t -> t.answer().id().equals(id)).findFirst())
                .map(t -> WHEN.format(t.at())).orElse("");
        ctx.render("answer.jte", Map.of("page", new AnswerView(chrome(answer.question()), answer.question(), answer.answer(),
                write(answer), answer.conversationId(), when)));
    }

    void schema(Context ctx) {
        ctx.render("schema.jte", Map.of("page", new SchemaView(chrome("Schema"), backend.schemaMarkdown())));
    }

    void loginForm(Context ctx) {
        if (auth == null) {
            ctx.redirect("/");
            return;
        }
        ctx.render("login.jte", Map.of("page", new LoginView(chrome("Sign in"), safeNext(ctx.queryParam("next")), false)));
    }

    void login(Context ctx) {
        if (auth == null) {
            ctx.redirect("/");
            return;
        }
        String next = safeNext(ctx.formParam("next"));
        if (!auth.matches(ctx.formParam("token"))) {
            ctx.status(401).render("login.jte", Map.of("page", new LoginView(chrome("Sign in"), next, true)));
            return;
        }
        boolean https = "https".equalsIgnoreCase(ctx.scheme());
        ctx.cookie(new Cookie(TokenAuthPlugin.COOKIE, ctx.formParam("token").strip(), "/", 30 * 24 * 3600, https, true, null,
                SameSite.STRICT));
        ctx.redirect(next);
    }

    void logout(Context ctx) {
        ctx.removeCookie(TokenAuthPlugin.COOKIE, "/");
        ctx.redirect("/login");
    }

    /** The newest evaluation report's HTML, as `shopsight eval` wrote it (reports/latest.json names it). */
    void evalReport(Context ctx) throws IOException {
        Path html = latestReport().orElseThrow(() -> ApiException.notFound(
                "No evaluation report yet: run `shopsight eval` to write one."));
        try (InputStream in = Files.newInputStream(html)) {
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }

    /** An error as a page, for people who reached a wrong address. */
    void errorPage(Context ctx, int status, String message) {
        ctx.status(status).render("error.jte", Map.of("page", new ErrorView(chrome(status == 404 ? "Not found" : "Error"), status,
                message)));
    }

    private ChatView chatView(String conversationId, List<Answer> answers) {
        List<ChatView.ConversationItem> items = new ArrayList<>();
        for (String id : backend.conversations().ids()) {
            if (items.size() == LISTED) {
                break;
            }
            backend.conversations().load(id).filter(c -> !c.turns().isEmpty()).ifPresent(c -> items.add(
                    new ChatView.ConversationItem(c.id(), c.turns().get(0).answer().question(), WHEN.format(c.started()),
                            c.turns().size(), c.id().equals(conversationId))));
        }
        String title = answers.isEmpty() ? "Ask" : answers.get(0).question();
        return new ChatView(chrome(title), conversationId == null ? "" : conversationId, items, write(answers),
                write(backend.examples()), backend.examples());
    }

    Chrome chrome(String title) {
        return new Chrome(title, backend.mode().label(), backend.mode().llm(), latestReport().isPresent(), auth != null);
    }

    private Optional<Path> latestReport() {
        Path root = backend.evalReports();
        if (root == null || !Files.isRegularFile(root.resolve("latest.json"))) {
            return Optional.empty();
        }
        try {
            String html = json.readTree(root.resolve("latest.json").toFile()).path("html").asText("");
            Path file = root.resolve(html).normalize();
            return file.startsWith(root.normalize()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            throw new ShopSightException("Cannot read " + root.resolve("latest.json") + ": " + e.getMessage(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write the page's data as JSON: " + e.getMessage(), e);
        }
    }

    /** Only a path on this server: "//evil.example" and "https://..." would send a signed-in person away. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
