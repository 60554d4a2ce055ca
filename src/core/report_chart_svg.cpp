// Inline SVG chart of one indicator across the plan years for the LKjIP: target as bars, realisasi as a line with
// points, both taken from compute_achievement. Grades are placed on their scale (rank 1 = lowest step); values that
// are neither numbers nor grades are left out, and so is a realisasi in another unit than its target; a range target
// is a bar from its lower bound to its upper; negative values (a growth of -2,4 %) extend the axis below 0. Labels
// are kept inside the chart: the left margin grows with the widest tick label, a value label that would pass an edge
// is anchored on that edge, one wider than its year's room is drawn smaller or, below 7 px, left out (the LKjIP's
// tables give every figure). No script, no external resource.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "report_common.h"
#include "value.h"

namespace tolok::report {

namespace {

std::string px(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::optional<double> rank_on_scale(const GradeScale* scale, const Value& v) {
    if (!scale) return std::nullopt;
    if (!v.grade.empty())
        if (const int rank = grade_rank(*scale, v.grade)) return rank;
    if (v.number)  // a score placed on the scale, as capaian places it
        if (const int rank = grade_rank(*scale, grade_for_score(*scale, *v.number))) return rank;
    return std::nullopt;
}

// 1, 2, 2.5 or 5 times a power of ten, at least v.
double nice_step(double v) {
    if (!(v > 0)) return 0.25;
    double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v) return m * p;
    return 10 * p;
}

// Width of a label in the chart's sans-serif font, estimated on the wide side (0.75 em per character: DejaVu
// Sans Bold's digits are 0.70 em, its capitals up to 0.84 em) so that a label placed by it stays inside the chart.
double label_width(const std::string& text, double font_size) {
    size_t chars = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++chars;  // one per UTF-8 code point
    return static_cast<double>(chars) * font_size * 0.75;
}

struct Placed {
    double x;
    const char* anchor;
};

// Where to put a label of `width` wanted at `x` with `anchor` ("start", "middle" or "end") so that it stays inside
// [lo, hi]: a label that would pass the right edge is anchored at its end on that edge, one that would pass the
// left edge at its start on that edge.
Placed keep_inside(double x, const char* anchor, double width, double lo, double hi) {
    const std::string a = anchor;
    double from = a == "start" ? x : a == "middle" ? x - width / 2 : x - width;
    if (from + width > hi) return {hi, "end"};
    if (from < lo) return {lo, "start"};
    return {x, anchor};
}

// A value's label in the chart: as written for a percentage, a grade or text ("75 %", "BB"); a count or an amount
// by its number alone, the unit said once in the caption ("1 ranperda" -> "1"), an amount of a million or more
// shortened ("Rp 1.250.000.000" -> "1,25 M", miliar; the axis's ticks too), so that six years' labels fit their
// columns. `shortened` is set when a number was shortened.
std::string chart_number(double n, Lang lang, bool& shortened) {
    struct Scale { double at; const char* id; const char* en; };
    for (const Scale& sc : {Scale{1e12, "T", "tn"}, Scale{1e9, "M", "bn"}, Scale{1e6, "jt", "m"}})
        if (std::abs(n) >= sc.at) {
            shortened = true;
            return format_number_short(n / sc.at, lang, 2) + " " + (lang == Lang::En ? sc.en : sc.id);
        }
    return format_number_short(n, lang, 2);
}

std::string chart_label(const Value& v, Lang lang, bool& shortened) {
    if (!v.number || (v.shape != ValueShape::Number && v.shape != ValueShape::Money)) return numbers_in(v.text, lang);
    if (v.upper) return chart_number(*v.number, lang, shortened) + "-" + chart_number(*v.upper, lang, shortened);  // "10-12"
    return chart_number(*v.number, lang, shortened);
}

struct Point {
    int year;
    std::optional<double> target, actual;
    std::string target_text, actual_text;
    std::optional<double> target_low = std::nullopt;  // a range target ("10-12 hari"): its bar from this bound to `target`
};


}  // namespace

void indicator_chart(HtmlWriter& w, const Plan& plan, const Indicator& indicator, int report_year, Lang lang) {
    std::vector<Point> points;
    bool grades = indicator.kind == ValueKind::Grade;
    bool shortened = false;
    std::string unit;  // of the counts or amounts, said in the caption
    for (int y = plan.start_year; y <= plan.end_year && y - plan.start_year < 50; ++y) {
        Achievement a = compute_achievement(plan, indicator, y);
        Value actual = y <= report_year ? shown_actual(plan, indicator, y, a) : Value{};
        // Not one in another unit than its target ("3 unit" against "2 pasar" is not computable, and on the target's
        // axis it would read as 3 pasar): the tables say why.
        if (!a.target.empty() && !actual.empty() && !units_comparable(a.target, actual)) actual = Value{};
        if (a.target.shape == ValueShape::Grade || actual.shape == ValueShape::Grade) grades = true;
        for (const Value* v : {&a.target, &actual})
            if (unit.empty() && v->number && (v->shape == ValueShape::Number || v->shape == ValueShape::Money)) unit = v->unit;
        points.push_back(Point{y, std::nullopt, std::nullopt, chart_label(a.target, lang, shortened), chart_label(actual, lang, shortened)});
        points.back().target = a.target.is_range() ? a.target.upper : a.target.number;
        if (a.target.is_range()) points.back().target_low = a.target.number;
        points.back().actual = actual.number;
        if (grades) {  // recomputed below on the scale
            points.back().target = std::nullopt;
            points.back().target_low = std::nullopt;
            points.back().actual = std::nullopt;
        }
    }
    const GradeScale* scale = grades ? find_grade_scale(plan, indicator.grade_scale) : nullptr;
    if (grades) {
        for (int i = 0; i < static_cast<int>(points.size()); ++i) {
            int y = points[i].year;
            Achievement a = compute_achievement(plan, indicator, y);
            points[i].target = rank_on_scale(scale, a.target);
            points[i].actual = y <= report_year ? rank_on_scale(scale, shown_actual(plan, indicator, y, a)) : std::nullopt;
        }
    }
    double top = 0, low = 0;  // the axis runs from `low` (0, or below it for negative values) to `top`
    bool any = false, written = false;
    for (const auto& p : points) {
        for (const std::optional<double>& v : {p.target, p.actual})
            if (v) {
                top = std::max(top, *v);
                low = std::min(low, *v);
                any = true;
            }
        written = written || !p.target_text.empty() || !p.actual_text.empty();
    }
    if (!any || points.empty()) {
        // Said with the indicator it is about (the note stands in the grid of charts, without a caption).
        const std::string who = (indicator.code.empty() ? "" : indicator.code + ". ") + indicator.name;
        w.element("p", written ? std::string(tr(lang, "Grafik tidak tersedia untuk ", "No chart for ")) + who +
                                     tr(lang, ": target dan realisasinya bukan angka atau predikat.", ": its targets and actuals are not numbers or grades.")
                               : std::string(tr(lang, "Grafik tidak tersedia untuk ", "No chart for ")) + who +
                                     tr(lang, ": target dan realisasinya belum diisi.", ": no targets or actuals are entered."),
                  {{"class", "note muted"}});
        return;
    }
    int ticks = 4;
    if (grades && scale) {
        top = static_cast<double>(scale->steps.size());
        low = 0;
        ticks = static_cast<int>(scale->steps.size());
    } else {  // round steps with headroom for the labels: 100 -> 0, 25, ..., 125; a negative value gets steps below 0
        const double step = nice_step((top - low) * 1.08 / 5);
        const int below = low < 0 ? static_cast<int>(std::ceil(-low * 1.04 / step - 1e-9)) : 0;
        const int above = top > 0 ? std::max(1, static_cast<int>(std::ceil(top * 1.08 / step - 1e-9))) : (below ? 0 : 1);
        ticks = below + above;
        low = -step * below;
        top = step * above;
    }

    auto tick_value = [&](int t) { return low + (top - low) * t / ticks; };
    auto tick_label = [&](int t) {
        return grades && scale ? (t == 0 ? std::string() : scale->steps[t - 1].label) : chart_number(tick_value(t), lang, shortened);
    };
    const double W = 400, H = 200, right = 8, ptop = 24, bottom = 22, edge = 2, axis_font = 11, label_font = 10;
    // room on the left for the widest tick label ("1.250.000" needs more than the usual 40)
    double left = 40;
    for (int t = 0; t <= ticks; ++t) left = std::max(left, label_width(tick_label(t), axis_font) + 4 + edge);
    const double plot_w = W - left - right, plot_h = H - ptop - bottom;
    const double slot = plot_w / static_cast<double>(points.size());
    auto yof = [&](double v) { return ptop + plot_h - (std::max(low, v) - low) / (top - low) * plot_h; };
    const double zero_y = yof(0);
    // A value label's font: 10 px, smaller (down to 7 px) to stay within `room` beside its neighbours; none when even
    // 7 px does not fit ("Rp 1.250.000.000" in six years: the tables above give the figures).
    auto label_size = [&](const std::string& text, double room) -> std::optional<double> {
        const double wide = label_width(text, label_font);
        if (text.empty() || wide <= room) return label_font;
        const double size = label_font * room / wide;
        return size >= 7 ? std::optional<double>(std::floor(size * 10) / 10) : std::nullopt;
    };

    w.open("figure");
    w.open("svg", {{"viewBox", "0 0 400 200"}, {"width", "400"},
                   {"height", "200"}, {"role", "img"}, {"font-family", "sans-serif"}, {"font-size", "11"}});
    w.element("title", indicator.name);
    // axes and grid (the line at 0 black)
    for (int t = 0; t <= ticks; ++t) {
        double yy = yof(tick_value(t));
        const bool zero = std::abs(tick_value(t)) < 1e-9 * std::max(1.0, top - low);
        w.empty_element("line", {{"x1", px(left)}, {"x2", px(W - right)}, {"y1", px(yy)}, {"y2", px(yy)},
                                 {"stroke", zero ? "#000" : "#ccc"}, {"stroke-width", "1"}});
        w.raw("</line>");
        w.element("text", tick_label(t), {{"x", px(left - 4)}, {"y", px(yy + 3)}, {"text-anchor", "end"}});
    }
    // The value labels placed so far: a label that would cover one is moved to its other place or left out.
    struct Box { double x0, x1, y0, y1; bool point = false; };
    std::vector<Box> placed;
    auto box_of = [&](const Placed& at, double width, double baseline, double size) {
        const std::string anchor = at.anchor;
        const double from = anchor == "start" ? at.x : anchor == "middle" ? at.x - width / 2 : at.x - width;
        return Box{from, from + width, baseline - size, baseline + 2};
    };
    // Free: off every point placed, and apart from every label placed by at least `gap` across (a "6" just right
    // of a "5" read "56" on paper).
    constexpr double gap = 3;
    auto free = [&](const Box& b) {
        for (const Box& o : placed) {
            const double apart = o.point ? 0 : gap;
            if (b.x0 < o.x1 + apart && o.x0 < b.x1 + apart && b.y0 < o.y1 && o.y0 < b.y1) return false;
        }
        return true;
    };
    // The realisasi points are placed first: a label is never written over one (a target of 85 % with its
    // realisasi of 88,5 % just above the bar).
    for (size_t i = 0; i < points.size(); ++i)
        if (points[i].actual) {
            const double cx = left + slot * (i + 0.5), yy = yof(*points[i].actual);
            placed.push_back(Box{cx - 4, cx + 4, yy - 4, yy + 4, true});
        }
    // target bars, from 0 up (or down, for a negative target); a range's bar from its lower bound to its upper
    for (size_t i = 0; i < points.size(); ++i) {
        double cx = left + slot * (i + 0.5);
        if (points[i].target) {
            const double base = points[i].target_low ? yof(*points[i].target_low) : zero_y;
            double bw = slot * 0.42, yy = yof(*points[i].target);
            w.empty_element("rect", {{"x", px(cx - bw / 2)}, {"y", px(std::min(yy, base))}, {"width", px(bw)},
                                     {"height", px(std::abs(base - yy))}, {"fill", "#b9b9b9"}, {"stroke", "#666"}});
            w.raw("</rect>");
            if (const auto size = label_size(points[i].target_text, slot * 0.96)) {
                const double width = label_width(points[i].target_text, *size);
                Placed at = keep_inside(cx, "middle", width, edge, W - edge);
                double ly = *points[i].target < 0 ? yy + *size + 2 : yy - 3;  // below a bar that goes down
                // Over its realisasi's point, or with the point just above the bar (where the realisasi's label
                // goes: "5" and "6" side by side read "56"): inside the bar, under its top, when the bar is tall
                // enough (else where it was).
                const bool point_near = points[i].actual && std::abs(yof(*points[i].actual) - yy) < 2 * *size;
                if ((point_near || !free(box_of(at, width, ly, *size))) && *points[i].target > 0 &&
                    base - yy >= 2 * *size + 8 && free(box_of(at, width, yy + *size + 5, *size)))
                    ly = yy + *size + 5;
                placed.push_back(box_of(at, width, ly, *size));
                w.element("text", points[i].target_text, {{"x", px(at.x)}, {"y", px(ly)}, {"text-anchor", at.anchor},
                                                           {"fill", "#444"}, {"font-size", px(*size)}});
            }
        }
        w.element("text", std::to_string(points[i].year), {{"x", px(cx)}, {"y", px(H - bottom + 14)}, {"text-anchor", "middle"}});
    }
    // realisasi line: segments between consecutive years that both have a value
    std::string path;
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i].actual) continue;
        double cx = left + slot * (i + 0.5), yy = yof(*points[i].actual);
        bool join = i > 0 && points[i - 1].actual;
        path += (join ? " L " : " M ") + px(cx) + " " + px(yy);
    }
    if (!path.empty()) {
        w.empty_element("path", {{"d", path}, {"fill", "none"}, {"stroke", "#1f5fa8"}, {"stroke-width", "2"}});
        w.raw("</path>");
    }
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i].actual) continue;
        double cx = left + slot * (i + 0.5), yy = yof(*points[i].actual);
        w.empty_element("circle", {{"cx", px(cx)}, {"cy", px(yy)}, {"r", "3.5"}, {"fill", "#1f5fa8"}});
        w.raw("</circle>");
        // right of the point and below it, within its slot and the next one's left half (not over the next label);
        // above the point when below it would reach the year labels; ending at the chart's right edge; a white
        // outline keeps it readable over a bar
        const auto size = label_size(points[i].actual_text, slot - 8);
        if (!size) continue;
        // Below the point, else above it (or the other way round near the year labels); left out when both would
        // cover a label already placed (a target's close to it): the LKjIP's tables give the figure.
        const double width = label_width(points[i].actual_text, *size);
        const double below = yy + 12, above = yy - 6;
        const bool near_axis = below > ptop + plot_h - 2;
        std::optional<std::pair<Placed, double>> spot;
        // Right of the point first, then left of it (room there when the point stands alone in a wide slot).
        for (const Placed side : {Placed{cx + 6, "start"}, Placed{cx - 6, "end"}}) {
            for (double ly : {near_axis ? above : below, near_axis ? below : above}) {
                if (ly > ptop + plot_h - 2 || ly - *size < ptop - 2) continue;  // not over the years nor the legend
                Placed at = keep_inside(side.x, side.anchor, width, edge, W - edge);
                if (free(box_of(at, width, ly, *size))) {
                    spot = std::make_pair(at, ly);
                    break;
                }
            }
            if (spot) break;
        }
        if (!spot) continue;
        const Placed at = spot->first;
        const double ly = spot->second;
        placed.push_back(box_of(at, width, ly, *size));
        w.element("text", points[i].actual_text, {{"x", px(at.x)}, {"y", px(ly)}, {"text-anchor", at.anchor},
                                                   {"fill", "#1f5fa8"}, {"font-weight", "bold"}, {"font-size", px(*size)},
                                                   {"stroke", "#fff"}, {"stroke-width", "3"}, {"paint-order", "stroke"}});
    }
    // legend
    w.empty_element("rect", {{"x", px(left)}, {"y", "6"}, {"width", "12"}, {"height", "10"}, {"fill", "#b9b9b9"}, {"stroke", "#666"}});
    w.raw("</rect>");
    w.element("text", "Target", {{"x", px(left + 16)}, {"y", "15"}});
    w.empty_element("line", {{"x1", px(left + 60)}, {"x2", px(left + 80)}, {"y1", "11"}, {"y2", "11"}, {"stroke", "#1f5fa8"}, {"stroke-width", "2"}});
    w.raw("</line>");
    w.element("text", tr(lang, "Realisasi", "Actual (realisasi)"), {{"x", px(left + 84)}, {"y", "15"}});
    w.close("svg");
    std::string in;  // "(ranperda)", "(Rp; jt = juta, M = miliar)"
    if (!unit.empty() || shortened)
        in = " (" + unit + (shortened ? std::string(unit.empty() ? "" : "; ") + tr(lang, "jt = juta, M = miliar, T = triliun", "m = million, bn = billion, tn = trillion") : "") + ")";
    w.element("figcaption", std::string(tr(lang, "Target dan realisasi ", "Target and actual ")) + period_text(plan) + in + ": " + indicator.name);
    w.close("figure").raw("\n");
}

}  // namespace tolok::report
