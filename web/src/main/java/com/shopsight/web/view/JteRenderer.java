package com.shopsight.web.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the pages with jte's templates, compiled to classes in the build (the jte Maven
 * plugin), so nothing compiles at run time. HTML output escapes every value by context.
 * (javalin-rendering-jte 7.x is missing from the reachable Maven mirror; this is all it did.)
 */
public final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        StringOutput out = new StringOutput();
        // jte's Map overload wants Map<String, Object>.
        Map<String, Object> params = new HashMap<>(model);
        engine.render(template, params, out);
        return out.toString();
    }
}
