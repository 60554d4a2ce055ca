// Inline SVG chart of one indicator across the plan years for the LKjIP: target as bars, realisasi as a line with
// points, both taken from compute_achievement. Grades are placed on their scale (rank 1 = lowest step); values that
// are neither numbers nor grades are left out. Labels are kept inside the chart: the left margin grows with the
// widest tick label, and a value label that would pass an edge is anchored on that edge. No script, no external
// resource.
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

std::optional<double> grade_rank(const GradeScale* scale, const Value& v) {
    if (!scale) return std::nullopt;
    if (!v.grade.empty()) {
        for (size_t i = 0; i < scale->steps.size(); ++i)
            if (scale->steps[i].label == v.grade) return static_cast<double>(i + 1);
    }
    if (v.number) {  // a score placed on the scale
        for (size_t i = 0; i < scale->steps.size(); ++i) {
            const GradeStep& s = scale->steps[i];
            if ((*v.number > s.min_score || (i == 0 && *v.number >= s.min_score)) && *v.number <= s.max_score)
                return static_cast<double>(i + 1);
        }
    }
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

struct Point {
    int year;
    std::optional<double> target, actual;
    std::string target_text, actual_text;
};

}  // namespace

void indicator_chart(HtmlWriter& w, const Plan& plan, const Indicator& indicator, int report_year, Lang lang) {
    std::vector<Point> points;
    bool grades = indicator.kind == ValueKind::Grade;
    for (int y = plan.start_year; y <= plan.end_year && y - plan.start_year < 50; ++y) {
        Achievement a = compute_achievement(plan, indicator, y);
        Value actual = y <= report_year ? shown_actual(plan, indicator, y, a) : Value{};
        if (a.target.shape == ValueShape::Grade || actual.shape == ValueShape::Grade) grades = true;
        points.push_back(Point{y, std::nullopt, std::nullopt, a.target.text, actual.text});
        points.back().target = a.target.number;
        points.back().actual = actual.number;
        if (grades) {  // recomputed below on the scale
            points.back().target = std::nullopt;
            points.back().actual = std::nullopt;
        }
    }
    const GradeScale* scale = grades ? find_grade_scale(plan, indicator.grade_scale) : nullptr;
    if (grades) {
        for (int i = 0; i < static_cast<int>(points.size()); ++i) {
            int y = points[i].year;
            Achievement a = compute_achievement(plan, indicator, y);
            points[i].target = grade_rank(scale, a.target);
            points[i].actual = y <= report_year ? grade_rank(scale, shown_actual(plan, indicator, y, a)) : std::nullopt;
        }
    }
    double top = 0;
    bool any = false;
    for (const auto& p : points) {
        if (p.target) { top = std::max(top, *p.target); any = true; }
        if (p.actual) { top = std::max(top, *p.actual); any = true; }
    }
    if (!any || points.empty()) {
        w.element("p", tr(lang, "Grafik tidak tersedia: target dan realisasi bukan angka.",
                          "No chart: the targets and actuals are not numbers."),
                  {{"class", "note muted"}});
        return;
    }
    int ticks = 4;
    if (grades && scale) {
        top = static_cast<double>(scale->steps.size());
        ticks = static_cast<int>(scale->steps.size());
    } else {  // round steps with headroom for the labels: 100 -> 0, 25, ..., 125
        double step = nice_step(top * 1.08 / 5);
        ticks = std::max(1, static_cast<int>(std::ceil(top * 1.08 / step - 1e-9)));
        top = step * ticks;
    }

    auto tick_label = [&](int t) {
        return grades && scale ? (t == 0 ? std::string() : scale->steps[t - 1].label) : format_number_short(top * t / ticks, lang, 2);
    };
    const double W = 400, H = 200, right = 8, ptop = 24, bottom = 22, edge = 2, axis_font = 11, label_font = 10;
    // room on the left for the widest tick label ("1.250.000" needs more than the usual 40)
    double left = 40;
    for (int t = 0; t <= ticks; ++t) left = std::max(left, label_width(tick_label(t), axis_font) + 4 + edge);
    const double plot_w = W - left - right, plot_h = H - ptop - bottom;
    const double slot = plot_w / static_cast<double>(points.size());
    auto yof = [&](double v) { return ptop + plot_h - std::max(0.0, v) / top * plot_h; };

    w.open("figure");
    w.open("svg", {{"viewBox", "0 0 400 200"}, {"width", "400"},
                   {"height", "200"}, {"role", "img"}, {"font-family", "sans-serif"}, {"font-size", "11"}});
    w.element("title", indicator.name);
    // axes and grid
    for (int t = 0; t <= ticks; ++t) {
        double yy = yof(top * t / ticks);
        w.empty_element("line", {{"x1", px(left)}, {"x2", px(W - right)}, {"y1", px(yy)}, {"y2", px(yy)},
                                 {"stroke", t == 0 ? "#000" : "#ccc"}, {"stroke-width", "1"}});
        w.raw("</line>");
        w.element("text", tick_label(t), {{"x", px(left - 4)}, {"y", px(yy + 3)}, {"text-anchor", "end"}});
    }
    // target bars
    for (size_t i = 0; i < points.size(); ++i) {
        double cx = left + slot * (i + 0.5);
        if (points[i].target) {
            double bw = slot * 0.42, yy = yof(*points[i].target);
            w.empty_element("rect", {{"x", px(cx - bw / 2)}, {"y", px(yy)}, {"width", px(bw)},
                                     {"height", px(ptop + plot_h - yy)}, {"fill", "#b9b9b9"}, {"stroke", "#666"}});
            w.raw("</rect>");
            Placed at = keep_inside(cx, "middle", label_width(points[i].target_text, label_font), edge, W - edge);
            w.element("text", points[i].target_text, {{"x", px(at.x)}, {"y", px(yy - 3)}, {"text-anchor", at.anchor},
                                                       {"fill", "#444"}, {"font-size", px(label_font)}});
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
        // right of the point and below it, or ending at the chart's right edge (still below the point); a white
        // outline keeps it readable over a bar
        Placed at = keep_inside(cx + 6, "start", label_width(points[i].actual_text, label_font), edge, W - edge);
        w.element("text", points[i].actual_text, {{"x", px(at.x)}, {"y", px(yy + 12)}, {"text-anchor", at.anchor},
                                                   {"fill", "#1f5fa8"}, {"font-weight", "bold"}, {"font-size", px(label_font)},
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
    w.element("figcaption", std::string(tr(lang, "Target dan realisasi ", "Target and actual ")) +
                                std::to_string(plan.start_year) + "-" + std::to_string(plan.end_year) + ": " + indicator.name);
    w.close("figure").raw("\n");
}

}  // namespace tolok::report
