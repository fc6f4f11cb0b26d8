package com.shopsight.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.ShopSightException;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tools as langchain4j sees them: a specification per tool, with its description and
 * parameter descriptions from {@code prompts/tools/<name>.txt}, and an executor per answer
 * that records each call as a {@link Step}, tells the listener, fences the result for the LLM,
 * and stops the answer when the SQL attempts or argument repairs run out.
 */
final class ToolBox {
    private static final Logger LOG = LoggerFactory.getLogger(ToolBox.class);

    private final List<LlmTool> tools;
    private final Prompts prompts;
    private final int maxSqlAttempts;

    ToolBox(List<LlmTool> tools, Prompts prompts, int maxSqlAttempts) {
        this.tools = List.copyOf(tools);
        this.prompts = prompts;
        this.maxSqlAttempts = maxSqlAttempts;
        specifications(); // a prompt file that does not match its tool is a broken build: say so at start
    }

    /** Every tool's specification, in order. */
    List<ToolSpecification> specifications() {
        return tools.stream().map(this::specification).toList();
    }

    /** The tools with executors bound to {@code session}. */
    Map<ToolSpecification, ToolExecutor> executors(Session session) {
        Map<ToolSpecification, ToolExecutor> map = new LinkedHashMap<>();
        for (LlmTool tool : tools) {
            map.put(specification(tool), (request, memoryId) -> execute(tool, request, session));
        }
        return map;
    }

    /** What the LLM hears when it calls a tool that does not exist; the call is a failed step like any other. */
    ToolExecutionResultMessage unknownTool(ToolExecutionRequest request, Session session) {
        List<String> names = tools.stream().map(LlmTool::name).toList();
        ObjectNode result = DataFence.JSON.createObjectNode().put("status", "unknown_tool")
                .put("message", "There is no tool " + request.name() + ".").put("hint", "The tools are " + String.join(", ", names) + ".");
        ObjectNode input = DataFence.JSON.createObjectNode().put("arguments", request.arguments());
        session.stepStarted(request.name(), input);
        String text = DataFence.wrap(String.valueOf(request.name()).replaceAll("[^A-Za-z0-9_-]", "_"), result);
        session.finish(new Step(String.valueOf(request.name()), input, null, null, 0, "unknown tool"), text);
        return ToolExecutionResultMessage.from(request, text);
    }

    private ToolSpecification specification(LlmTool tool) {
        String file = "tools/" + tool.name() + ".txt";
        Map<String, String> sections = Prompts.sections(prompts.render(prompts.text(file), Map.of()));
        String task = sections.get("TASK");
        if (task == null) {
            throw new ShopSightException("The prompt " + file + " has no ### TASK ### section");
        }
        String description = sections.containsKey("RULES") ? task + "\n" + sections.get("RULES") : task;
        Map<String, String> described = parameters(sections.getOrDefault("PARAMETERS", ""), file);
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
        for (ToolParam p : tool.params()) {
            String d = described.remove(p.name());
            if (d == null) {
                throw new ShopSightException("The prompt " + file + " does not describe the parameter " + p.name());
            }
            switch (p.type()) {
                case STRING -> schema.addStringProperty(p.name(), d);
                case INTEGER -> schema.addIntegerProperty(p.name(), d);
                case NUMBER -> schema.addNumberProperty(p.name(), d);
                case BOOLEAN -> schema.addBooleanProperty(p.name(), d);
                case ENUM -> schema.addEnumProperty(p.name(), p.values(), d);
                case STRING_LIST -> schema.addProperty(p.name(),
                        JsonArraySchema.builder().description(d).items(new JsonStringSchema()).build());
            }
        }
        if (!described.isEmpty()) {
            throw new ShopSightException("The prompt " + file + " describes parameters the tool does not have: "
                    + String.join(", ", described.keySet()));
        }
        schema.required(tool.params().stream().filter(ToolParam::required).map(ToolParam::name).toList());
        return ToolSpecification.builder().name(tool.name()).description(description).parameters(schema.build()).build();
    }

    /** "name: description" lines, a description continuing on indented lines. */
    private static Map<String, String> parameters(String section, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String line : section.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && last != null) {
                out.put(last, out.get(last) + " " + line.strip());
            } else if (line.matches("[a-z_]+:.*")) {
                last = line.substring(0, line.indexOf(':'));
                out.put(last, line.substring(line.indexOf(':') + 1).strip());
            } else {
                throw new ShopSightException("The prompt " + file + " has a parameter line that is not 'name: description': " + line);
            }
        }
        return out;
    }

    private String execute(LlmTool tool, ToolExecutionRequest request, Session session) {
        if (session.closed()) {
            throw new StopAnswer(StopAnswer.Reason.TOOL_BROKE, "the answer was already given up", null);
        }
        long start = System.nanoTime();
        ObjectNode input;
        try {
            JsonNode parsed = DataFence.JSON.readTree(request.arguments() == null || request.arguments().isBlank()
                    ? "{}" : request.arguments());
            if (!(parsed instanceof ObjectNode object)) {
                throw new IllegalArgumentException("the arguments must be one JSON object, not " + parsed.getNodeType());
            }
            input = object;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            ObjectNode raw = DataFence.JSON.createObjectNode().put("arguments", request.arguments());
            session.stepStarted(tool.name(), raw);
            String why = e instanceof JsonProcessingException j ? "not valid JSON: " + j.getOriginalMessage() : e.getMessage();
            return badArguments(tool, raw, why, session, start);
        }
        session.stepStarted(tool.name(), input);
        Args args;
        try {
            args = new Args(input, tool.params());
        } catch (IllegalArgumentException e) {
            return badArguments(tool, input, e.getMessage(), session, start);
        }
        ToolOutcome outcome;
        try {
            outcome = tool.call(args, session);
        } catch (IllegalArgumentException e) {
            // A value the tool cannot use (a column the table lacks, a date out of range): the LLM fixes it
            // like a rejected query, and the round-trip cap bounds the tries.
            return wrongValue(tool, input, e.getMessage(), session, start);
        } catch (RuntimeException e) {
            // Not the LLM's to repair (a broken database, a bug): the answer stops and the planner takes over.
            LOG.warn("Tool {} failed", tool.name(), e);
            session.finish(new Step(tool.name(), input, null, null, millis(start), "failed: " + e.getMessage()), "");
            throw new StopAnswer(StopAnswer.Reason.TOOL_BROKE, tool.name() + ": " + e.getMessage(), e);
        }
        if (outcome instanceof ToolOutcome.Done done) {
            String text = DataFence.wrap(tool.name(), done.result());
            session.finish(new Step(tool.name(), input, done.sql(), done.rows(), millis(start), null), text);
            session.keep(done);
            return text;
        }
        ToolOutcome.Failed failed = (ToolOutcome.Failed) outcome;
        boolean lastAttempt = tool instanceof SqlTool && session.sqlFailed(failed.error(), maxSqlAttempts);
        if (tool instanceof SqlTool) {
            failed.result().put("attemptsLeft", Math.max(0, maxSqlAttempts - session.sqlFailures()));
        }
        String text = DataFence.wrap(tool.name(), failed.result());
        session.finish(new Step(tool.name(), input, failed.sql(), null, millis(start), failed.error()), text);
        if (lastAttempt) {
            throw new StopAnswer(StopAnswer.Reason.SQL_ATTEMPTS, failed.error(), null);
        }
        return text;
    }

    private String wrongValue(LlmTool tool, ObjectNode input, String why, Session session, long start) {
        ObjectNode result = DataFence.JSON.createObjectNode().put("status", "bad_value").put("message", why);
        String text = DataFence.wrap(tool.name(), result);
        session.finish(new Step(tool.name(), input, null, null, millis(start), "bad value: " + why), text);
        return text;
    }

    /** Arguments that are not one JSON object with the tool's parameters: the LLM may repair this once. */
    private String badArguments(LlmTool tool, ObjectNode input, String why, Session session, long start) {
        ObjectNode result = DataFence.JSON.createObjectNode().put("status", "bad_arguments").put("message", why)
                .put("hint", "Call " + tool.name() + " again with one JSON object whose keys are "
                        + String.join(", ", tool.params().stream().map(ToolParam::name).toList()) + ".");
        String text = DataFence.wrap(tool.name(), result);
        session.finish(new Step(tool.name(), input, null, null, millis(start), "bad arguments: " + why), text);
        if (session.argumentsFailed()) {
            throw new StopAnswer(StopAnswer.Reason.BAD_ARGUMENTS, tool.name() + ": " + why, null);
        }
        return text;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
