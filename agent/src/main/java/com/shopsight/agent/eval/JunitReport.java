package com.shopsight.agent.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a run as JUnit XML, so CI servers show it like tests: a test suite per category, a
 * test case per question, failing when it misses the lenient score; strict-only misses are
 * noted in the case's output.
 */
final class JunitReport {
    private JunitReport() {}

    static void write(EvalRun run, Path file) throws IOException {
        Map<String, List<QuestionResult>> byCategory = new LinkedHashMap<>();
        run.questions().forEach(q -> byCategory.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(q));
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "shopsight-eval-" + run.dataset() + "-" + run.mode());
            xml.writeAttribute("tests", Integer.toString(run.questions().size()));
            xml.writeAttribute("failures", Long.toString(run.questions().stream().filter(q -> !q.lenient()).count()));
            xml.writeAttribute("time", seconds(run.questions().stream().mapToLong(QuestionResult::ms).sum()));
            for (Map.Entry<String, List<QuestionResult>> e : byCategory.entrySet()) {
                suite(xml, e.getKey(), e.getValue());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String category, List<QuestionResult> questions)
            throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", category);
        xml.writeAttribute("tests", Integer.toString(questions.size()));
        xml.writeAttribute("failures", Long.toString(questions.stream().filter(q -> !q.lenient()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", seconds(questions.stream().mapToLong(QuestionResult::ms).sum()));
        for (QuestionResult q : questions) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "eval." + category);
            xml.writeAttribute("name", q.id() + ": " + clean(q.turns().get(0).question()));
            xml.writeAttribute("time", seconds(q.ms()));
            List<String> why = new ArrayList<>();
            for (TurnResult t : q.turns()) {
                t.failures().forEach(f -> why.add((q.turns().size() > 1 ? t.question() + ": " : "") + f));
            }
            if (!q.lenient()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", clean(why.isEmpty() ? "failed" : why.get(0)));
                xml.writeCharacters(clean(String.join("\n", why)));
                xml.writeEndElement();
            } else if (!q.strict()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean("passes leniently only: " + String.join("; ", why)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    /** Drops characters XML 1.0 cannot hold at all (control characters other than tab and line breaks). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            b.appendCodePoint(allowed ? c : '?');
        });
        return b.toString();
    }
}
