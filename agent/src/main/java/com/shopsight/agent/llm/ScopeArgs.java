package com.shopsight.agent.llm;

import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Channel;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope parameters the forecast and segments tools share: one optional parameter per
 * product attribute (named as its column), a channel, an age band and two days.
 */
final class ScopeArgs {
    /** Parameter name to the dimension it filters, in the order the prompts describe them. */
    static final Map<String, Dimension> ATTRIBUTES = new LinkedHashMap<>();

    static {
        for (Dimension d : Dimension.values()) {
            ATTRIBUTES.put(d.column(), d);
        }
    }

    private ScopeArgs() {}

    static List<ToolParam> params() {
        List<ToolParam> params = new ArrayList<>();
        ATTRIBUTES.keySet().forEach(name -> params.add(ToolParam.optional(name, ToolParam.Type.STRING)));
        params.add(ToolParam.oneOf("channel", false, List.of("online", "store")));
        params.add(ToolParam.oneOf("age_band", false, List.of("<25", "25-34", "35-44", "45-54", "55+", "unknown")));
        params.add(ToolParam.optional("from", ToolParam.Type.STRING));
        params.add(ToolParam.optional("to", ToolParam.Type.STRING));
        return params;
    }

    /** The scope the arguments name; unknown values are reported by the tool, with suggestions. */
    static Scope scope(Args args) {
        Scope scope = Scope.all();
        for (Map.Entry<String, Dimension> e : ATTRIBUTES.entrySet()) {
            String value = args.text(e.getKey());
            if (value != null) {
                scope = scope.with(e.getValue(), value);
            }
        }
        String channel = args.text("channel");
        if (channel != null) {
            scope = scope.withChannel(Channel.parse(channel));
        }
        String band = args.text("age_band");
        if (band != null) {
            scope = scope.withAgeBand(AgeBand.parse(band));
        }
        return scope.between(args.date("from"), args.date("to"));
    }
}
