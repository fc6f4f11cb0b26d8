package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs what stands either side of "vs" (or "or", or "compare ... and ...") into the sides of
 * a comparison. Sides must be of one kind: values of one dimension, filters of one group, or
 * time windows.
 */
final class Sides {
    private final TimeReader time;

    Sides(TimeReader time) {
        this.time = time;
    }

    /** The sides found, what is left over, or why pairing failed. */
    record Paired(List<Side> sides, List<Draft.Placed> conditions, List<Draft.Dated> times, String problem) {}

    /** Something that can be a side: a placed condition or a placed time window. */
    private record Candidate(int at, String group, Draft.Placed condition, Draft.Dated time) {}

    Paired pair(Draft d) {
        List<Candidate> all = new ArrayList<>();
        d.conditions.forEach(c -> all.add(new Candidate(c.at(), c.condition().group(), c, null)));
        d.times.forEach(t -> all.add(new Candidate(t.at(), "time", null, t)));
        all.sort(Comparator.comparingInt(Candidate::at));
        Set<Candidate> chosen = new LinkedHashSet<>();
        for (int at : d.vs) {
            Candidate left = before(all, at);
            Candidate right = after(all, at);
            if (left == null || right == null || !left.group().equals(right.group())) {
                return new Paired(List.of(), d.conditions, d.times, "I could not tell which two things to compare "
                        + "around \"vs\": I compare values of one kind (online vs in store, dresses vs skirts, "
                        + "2019 vs 2020).");
            }
            chosen.add(left);
            chosen.add(right);
        }
        for (int at : d.or) {
            Candidate left = before(all, at);
            Candidate right = after(all, at);
            if (left != null && right != null && left.group().equals(right.group())) {
                chosen.add(left);
                chosen.add(right);
            }
        }
        for (int at : d.compare) {
            Candidate first = after(all, at);
            Candidate second = first == null ? null
                    : all.stream().filter(c -> c.at() > first.at() && c.group().equals(first.group())).findFirst().orElse(null);
            if (second != null) {
                chosen.add(first);
                chosen.add(second);
            }
        }
        if (chosen.isEmpty()) {
            return new Paired(List.of(), d.conditions, d.times, null);
        }
        List<Candidate> ordered = chosen.stream().sorted(Comparator.comparingInt(Candidate::at)).toList();
        List<Side> sides = new ArrayList<>();
        for (Candidate c : ordered) {
            sides.add(c.condition() != null ? new Side(c.condition().label(), c.condition().condition(), null)
                    : new Side(c.time().window().label(), null, c.time().window()));
        }
        List<Draft.Placed> conditions = d.conditions.stream().filter(p -> ordered.stream().noneMatch(c -> c.condition() == p)).toList();
        List<Draft.Dated> times = d.times.stream().filter(t -> ordered.stream().noneMatch(c -> c.time() == t)).toList();
        return new Paired(alignPeriods(sides, ordered), conditions, times, null);
    }

    /** "this year vs last year" compares the year to date with the same dates a year earlier. */
    private List<Side> alignPeriods(List<Side> sides, List<Candidate> ordered) {
        if (sides.size() != 2 || ordered.get(0).time() == null || ordered.get(1).time() == null) {
            return sides;
        }
        String a = ordered.get(0).time().name();
        String b = ordered.get(1).time().name();
        Side sameYearPart = samePart(sides, ordered);
        if (sameYearPart != null) {
            return sameYearPart == sides.get(0) ? List.of(sides.get(0), partOf(sides.get(0), sides.get(1)))
                    : List.of(partOf(sides.get(1), sides.get(0)), sides.get(1));
        }
        if (a.startsWith("this_") && b.equals("last_" + a.substring(5))) {
            TimeWindow current = sides.get(0).time();
            TimeWindow earlier = switch (a) {
                case "this_year" -> time.yearEarlier(current);
                case "this_month" -> shift(current, 0, 1);
                default -> shift(current, 7, 0);
            };
            return List.of(sides.get(0), new Side(b.replace('_', ' '), null, earlier.labelled(b.replace('_', ' ')
                    + " (same days)")));
        }
        return sides;
    }

    /**
     * "June 2020 vs 2019", "Q1 2020 vs 2019": of a calendar part of a year and a bare year, the part, so the
     * year is read as the same part of it; null when the sides are not such a pair.
     */
    private static Side samePart(List<Side> sides, List<Candidate> ordered) {
        for (int i = 0; i < 2; i++) {
            TimeWindow part = sides.get(i).time();
            String other = ordered.get(1 - i).time().name();
            boolean bareYear = other.matches("\\d{4}");
            boolean calendarPart = part.from() != null && part.until() != null && part.from().getDayOfMonth() == 1
                    && part.until().getDayOfMonth() == 1 && part.until().isBefore(part.from().plusYears(1))
                    && part.label().endsWith(" " + part.from().getYear()) && !part.label().contains(" to ");
            if (bareYear && calendarPart) {
                return sides.get(i);
            }
        }
        return null;
    }

    /** The same part of the year side's year, named like the part ("June 2019"). */
    private static Side partOf(Side part, Side year) {
        int shift = year.time().from().getYear() - part.time().from().getYear();
        TimeWindow w = part.time();
        String label = w.label().replace(Integer.toString(w.from().getYear()), Integer.toString(year.time().from().getYear()));
        return new Side(label, null, new TimeWindow(w.from().plusYears(shift), w.until().plusYears(shift), label));
    }

    private TimeWindow shift(TimeWindow w, int days, int months) {
        java.time.LocalDate until = w.until() == null ? time.today().plusDays(1) : w.until();
        return new TimeWindow(w.from().minusDays(days).minusMonths(months), until.minusDays(days).minusMonths(months),
                w.label());
    }

    private static Candidate before(List<Candidate> all, int at) {
        Candidate found = null;
        for (Candidate c : all) {
            if (c.at() < at) {
                found = c;
            }
        }
        return found;
    }

    private static Candidate after(List<Candidate> all, int at) {
        return all.stream().filter(c -> c.at() > at).findFirst().orElse(null);
    }
}
