// "Pengaturan": office and document settings of the plan: office, period, signatories (NIP checked as typed),
// the chapters' text, and the achievement settings (minimize rule, cap, category bands validated live).
#include <imgui_internal.h>

#include <algorithm>

#include "app/panels/panels.h"
#include "core/achievement.h"
#include "core/colors.h"
#include "core/plan_edit.h"
#include "core/report_html.h"

namespace tolok::app {

namespace {

void signatory_fields(AppState& s, const char* title, const Signatory& sig, bool superior) {
    ImGui::PushID(superior ? "superior" : "signatory");
    std::string out;
    const char* which = superior ? "superior" : "signatory";
    auto edit = [&](const char* what) -> Signatory& {
        Plan& p = change(s, BiText{"Ubah penandatangan", "Change signatory"}, std::string(which) + "/" + what);
        return superior ? p.superior : p.signatory;
    };
    ImGui::Text("%s", title);
    ImGui::PushItemWidth(-240);
    if (edit_text(tr(s, "Jabatan", "Title"), sig.title, out)) edit("title").title = out;
    if (edit_text(tr(s, "Nama", "Name"), sig.name, out)) edit("name").name = out;
    if (edit_text(tr(s, "Pangkat/golongan", "Rank"), sig.rank, out)) edit("rank").rank = out;
    focus_if_requested(s, std::string(which) + "/nip");
    if (edit_text("NIP", sig.nip, out)) edit("nip").nip = out;
    ImGui::PopItemWidth();
    for (const auto& d : check_nip(sig.nip, "nip")) ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s", d.text(s.lang).c_str());
    ImGui::PopID();
}

}  // namespace

void draw_settings(AppState& s, Plan& plan) {
    ImGui::BeginChild("settings");
    std::string out;
    ImGui::PushItemWidth(-240);
    section(tr(s, "Instansi dan periode", "Office and period"));
    if (edit_text(tr(s, "Judul dokumen", "Document title"), plan.title, out)) change(s, BiText{"Ubah judul", "Change title"}, "title").title = out;
    focus_if_requested(s, "office/name");
    if (edit_text(tr(s, "Nama instansi", "Office name"), plan.office.name, out)) change(s, BiText{"Ubah instansi", "Change office"}, "office").office.name = out;
    if (edit_text(tr(s, "Pemerintah daerah", "Government"), plan.office.government, out))
        change(s, BiText{"Ubah instansi", "Change office"}, "government").office.government = out;
    if (edit_text(tr(s, "Kode instansi", "Office code"), plan.office.code, out)) change(s, BiText{"Ubah instansi", "Change office"}, "code").office.code = out;
    if (edit_text(tr(s, "Tempat penandatanganan", "Place of signing"), plan.office.place, out))
        change(s, BiText{"Ubah instansi", "Change office"}, "place").office.place = out;
    int period[2] = {s.period_draft ? s.period_draft->first : plan.start_year, s.period_draft ? s.period_draft->second : plan.end_year};
    const char* period_title = s.lang == Lang::En ? "Change period###confirm-period" : "Ubah periode###confirm-period";
    const char* period_label = tr(s, "Periode (tahun awal, akhir)", "Period (first, last year)");
    if (ImGui::InputInt2(period_label, period)) s.period_draft = std::make_pair(period[0], period[1]);
    const bool period_entered = s.period_draft && !ImGui::IsItemActive();  // neither year field has the keyboard
    if (period_entered) {
        period[0] = s.period_draft->first;
        period[1] = s.period_draft->second;
        s.period_draft.reset();
    }
    for (int i = 0; i < 2; ++i) {  // the two fields (ImGui's InputInt2: "" under the label and the index), for the browser tests
        ImGui::PushID(period_label);
        ImGui::PushID(i);
        expose_item(ImGui::GetID(""), i == 0 ? "period-first" : "period-last");
        ImGui::PopID();
        ImGui::PopID();
    }
    if (period_entered && (period[0] != plan.start_year || period[1] != plan.end_year)) {
        if (const BiText problem = period_problem(period[0], period[1]); !problem.id.empty())
            say(s, BiText{"!" + problem.id, "!" + problem.en});
        else if (period_loss(plan, period[0], period[1]).empty())
            change_period(s, period[0], period[1]);
        else  // entries of the years left out would go: asked first (the dialog opens below)
            s.pending_period = std::make_pair(period[0], period[1]);
    }
    // Opened, and opened again, while the question is pending: leaving the field with Tab moves the keyboard to the
    // next field in the next frame, which closed a dialog opened in this one, and the typed year was lost.
    if (s.pending_period && !ImGui::IsPopupOpen(period_title)) {
        ImGui::ClearActiveID();
        ImGui::OpenPopup(period_title);
    }
    disabled_text_wrapped(tr(s, "Periode diterapkan saat kotak tahun ditinggalkan (Enter, atau Tab ke luar); isian tahun di luar periode dihapus (ditanyakan dulu), dan periode lama yang tertulis di judul dan bab (mis. \"Tahun 2018-2023\") ikut berubah.",
                             "The period applies when you leave the year fields (Enter, or Tab out); entries of years outside it are removed (you are asked first), and the old period written in the title and chapters (e.g. \"Tahun 2018-2023\") follows."));
    if (begin_confirm_dialog(s, period_title)) {  // centred, a long list of what goes wrapped
        const auto [from, to] = s.pending_period.value_or(std::make_pair(plan.start_year, plan.end_year));
        ImGui::Text(tr(s, "Ubah periode menjadi %d-%d?", "Change the period to %d-%d?"), from, to);
        const BiText lost = describe(period_loss(plan, from, to));
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s %s.", tr(s, "Akan dihapus:", "This removes"), lost.in(s.lang).c_str());
        expose_last_rect("period-loss");
        if (const PeriodMentions mentions = period_mentions(plan); !mentions.empty()) {
            const std::string which = describe(mentions).in(s.lang);
            ImGui::Text(tr(s, "Ikut diubah: %d-%d menjadi %d-%d pada %s.", "Also changed: %d-%d becomes %d-%d in %s."),
                        plan.start_year, plan.end_year, from, to, which.c_str());
            expose_last_rect("period-texts");
        }
        ImGui::TextDisabled("%s", tr(s, "Dapat dibatalkan dengan Urungkan (Ctrl+Z).", "Can be undone with Undo (Ctrl+Z)."));
        const DialogChoice choice = confirm_buttons(s, tr(s, "Ubah periode", "Change period"));
        if (choice == DialogChoice::Confirm) change_period(s, from, to);
        if (choice != DialogChoice::None) s.pending_period.reset();
        end_confirm_dialog();
    }

    section(tr(s, "Penandatangan", "Signatories"));
    signatory_fields(s, tr(s, "Pihak Pertama (kepala instansi)", "First party (head of office)"), plan.signatory, false);
    signatory_fields(s, tr(s, "Pihak Kedua (atasan)", "Second party (superior)"), plan.superior, true);

    section(tr(s, "Pengukuran capaian", "Achievement measurement"));
    int rule = plan.settings.minimize_rule == MinimizeRule::TwoMinusRatio ? 0 : 1;
    const char* rules = s.lang == Lang::En ? "(2 - R/T) x 100\0T / R x 100\0" : "(2 - R/T) x 100\0T / R x 100\0";
    if (ImGui::Combo(tr(s, "Rumus semakin rendah semakin baik", "Lower-is-better rule"), &rule, rules))
        change(s, BiText{"Ubah rumus capaian", "Change achievement rule"}).settings.minimize_rule =
            rule == 0 ? MinimizeRule::TwoMinusRatio : MinimizeRule::InverseRatio;
    bool capped = plan.settings.cap.has_value();
    // Turned off and on again, the cap comes back as it was (120 stayed 120), not 100.
    if (ImGui::Checkbox(tr(s, "Batasi capaian untuk kategori dan rata-rata", "Cap achievement for categories and averages"), &capped)) {
        if (!capped && plan.settings.cap) s.cap_turned_off[plan.id] = *plan.settings.cap;
        const auto kept = s.cap_turned_off.find(plan.id);
        const double again = kept != s.cap_turned_off.end() ? kept->second : 100.0;
        change(s, BiText{"Ubah batas capaian", "Change cap"}).settings.cap = capped ? std::optional<double>(again) : std::nullopt;
    }
    if (plan.settings.cap) {
        std::optional<double> cap = plan.settings.cap;
        focus_if_requested(s, "settings/cap");
        if (edit_number(s, tr(s, "Batas (%)", "Cap (%)"), cap, 0.0f, BiText{"Batas (%)", "Cap (%)"}, true) && cap) {
            if (cap_allowed(*cap)) change(s, BiText{"Ubah batas capaian", "Change cap"}, "cap").settings.cap = cap;
            else say_cap_too_low(s);
        }
    }
    if (edit_text(tr(s, "Nama skala kategori", "Category scale name"), plan.settings.scale_name, out))
        change(s, BiText{"Ubah skala", "Change scale"}, "scale_name").settings.scale_name = out;
    // Bands being edited stay a draft until they cover 0..inf without gap or overlap; only then do they apply.
    auto draft = s.bands_drafts.find(plan.id);
    std::vector<CategoryBand> bands = draft != s.bands_drafts.end() ? draft->second
                                      : bands_in_force(plan.settings);
    ImGui::PopItemWidth();
    if (ImGui::BeginTable("bands", 6, ImGuiTableFlags_Borders)) {
        ImGui::TableSetupColumn(tr(s, "Kategori", "Category"));
        ImGui::TableSetupColumn(tr(s, "Dari (%)", "From (%)"));
        ImGui::TableSetupColumn(tr(s, "\"Dari\" termasuk?", "\"From\" included?"));
        ImGui::TableSetupColumn(tr(s, "Sampai (%)", "To (%)"));
        ImGui::TableSetupColumn(tr(s, "Warna", "Color"));
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 60.0f);
        ImGui::TableHeadersRow();
        bool changed = false;
        bool label_typing = false, label_left = false;  // a band's name is applied when its field is left
        int remove_band = -1;
        for (size_t i = 0; i < bands.size(); ++i) {
            CategoryBand& b = bands[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (edit_text("##label", b.label, out, -1)) { b.label = out; changed = true; }
            label_typing = label_typing || ImGui::IsItemActive();
            label_left = label_left || ImGui::IsItemDeactivatedAfterEdit();
            ImGui::TableSetColumnIndex(1);
            std::optional<double> min = b.min;
            const BiText from{"Pita \"" + b.label + "\", dari", "Band \"" + b.label + "\", from"};
            const BiText up_to{"Pita \"" + b.label + "\", sampai", "Band \"" + b.label + "\", up to"};
            if (edit_number(s, "##min", min, -1, from, true) && min) {
                b.min = *min;
                changed = true;
            }
            ImGui::TableSetColumnIndex(2);
            // One boundary shared with the band below: "from" included here means "up to" not included there.
            if (bool included = b.min_inclusive; ImGui::Checkbox("##mininc", &included)) {
                set_band_start_included(bands, i, included);
                changed = true;
            }
            ImGui::TableSetColumnIndex(3);
            if (b.max) {
                std::optional<double> max = b.max;
                if (edit_number(s, "##max", max, -1, up_to, true) && max) {
                    b.max = max;
                    changed = true;
                }
            } else {
                ImGui::TextDisabled("%s", tr(s, "tak terbatas", "no limit"));
            }
            ImGui::TableSetColumnIndex(4);
            // The colour chosen in a picker, kept as "#rrggbb" (as the documents print it; core/colors.h reads and writes it).
            const Rgb shown = rgb_of_hex(b.color, Rgb{0.5f, 0.5f, 0.5f});
            float rgb[3] = {shown.r, shown.g, shown.b};
            if (ImGui::ColorEdit3("##color", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoAlpha)) {
                b.color = hex_of(Rgb{rgb[0], rgb[1], rgb[2]});
                changed = true;
            }
            ImGui::SameLine();
            ImGui::TextColored(band_text_color(b.color), "%s", b.color.c_str());
            ImGui::TableSetColumnIndex(5);
            if (bands.size() > 1 && compact_button(tr(s, "Hapus###band-remove", "Delete###band-remove"))) remove_band = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
        // A band deleted, added, its start included: core/plan_edit.h, so the bands still cover 0..inf.
        if (remove_band >= 0) {
            remove_category_band(bands, static_cast<size_t>(remove_band));
            changed = true;
        }
        // A band added: the last one split at 10 points above where it starts (limits to be typed after).
        if (compact_button(tr(s, "+ Pita kategori", "+ Category band"))) {
            add_category_band(bands, "Pita baru");  // plan data: Indonesian in either language (printed)
            changed = true;
        }
        // While a name is typed the bands stay a draft (typing "Sangat Tinggi" over "Tinggi" saved "Sangat Tingg", the
        // last keystroke before the name clashed); applied once the field is left, if they are valid then.
        // (A valid draft left without leaving its field here, by switching tab, is applied when next shown.)
        const bool drafted = s.bands_drafts.count(plan.id) > 0;
        if (changed || label_left || (drafted && !label_typing)) {
            if (!label_typing && validate_bands(bands).empty()) {
                s.bands_drafts.erase(plan.id);
                change(s, BiText{"Ubah pita kategori", "Change category bands"}, "bands").settings.bands = bands;
            } else if (changed) {
                s.bands_drafts[plan.id] = bands;
            }
        }
    }
    if (s.bands_drafts.count(plan.id) && !validate_bands(bands).empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", tr(s, "Belum diterapkan:", "Not applied yet:"));
        for (const auto& d : validate_bands(bands)) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", d.text(s.lang).c_str());
        if (compact_button(tr(s, "Buang perubahan pita", "Discard the band changes"))) s.bands_drafts.erase(plan.id);
    }
    if (!plan.settings.bands.empty() && compact_button(tr(s, "Kembalikan pita bawaan (Permendagri 86/2017)", "Restore the default bands")))
    {
        s.bands_drafts.erase(plan.id);
        change(s, BiText{"Pita bawaan", "Default bands"}).settings.bands.clear();
    }

    draw_grade_scales(s, plan);
    draw_programs(s, plan);

    section(tr(s, "Isi dokumen (bab)", "Document text (chapters)"));
    for (size_t i = 0; i < plan.chapters.size(); ++i) {
        const Chapter& c = plan.chapters[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::CollapsingHeader(c.title.empty() ? c.id.c_str() : c.title.c_str())) {
            if (edit_multiline("##text", c.text, out, 160)) change(s, BiText{"Ubah bab", "Change chapter"}, "chapter/" + c.id).chapters[i].text = out;
        }
        ImGui::PopID();
    }
    // The IKU document's Kata Pengantar and BAB I-III, for a plan that has none (a new office's plan: its IKU printed
    // the list of indicators alone), in Indonesian as the LKjIP's below.
    const bool has_iku = std::any_of(plan.chapters.begin(), plan.chapters.end(), [](const Chapter& c) { return c.id.rfind("lkjip_", 0) != 0; });
    if (!has_iku && compact_button(tr(s, "+ Kata Pengantar dan Bab I-III dokumen IKU (teks awal untuk disunting)",
                                      "+ IKU document foreword and chapters I-III (a text to edit)"))) {
        std::vector<Chapter> added = iku_chapter_templates(plan);
        Plan& p = change(s, BiText{"Tambah bab IKU", "Add IKU chapters"});
        p.chapters.insert(p.chapters.begin(), added.begin(), added.end());  // before the LKjIP's, as in the seed
    }
    // The LKjIP's BAB I and IV, printed in the LKjIP only (a standard text until they are added here).
    const bool has_lkjip = std::any_of(plan.chapters.begin(), plan.chapters.end(),
                                       [](const Chapter& c) { return c.id == kLkjipIntroductionId || c.id == kLkjipClosingId; });
    if (!has_lkjip && compact_button(tr(s, "+ Bab I dan IV LKjIP (teks awal untuk disunting)", "+ LKjIP chapters I and IV (a text to edit)"))) {
        Plan& p = change(s, BiText{"Tambah bab LKjIP", "Add LKjIP chapters"});
        // In Indonesian whatever the interface's language: the chapters are the plan's own text, printed as written in
        // the LKjIP, which is an Indonesian document (English ones printed in an Indonesian LKjIP).
        for (auto& c : lkjip_chapter_templates(Lang::Id)) p.chapters.push_back(std::move(c));
    }
    s.focus_field.clear();
    ImGui::EndChild();
}

}  // namespace tolok::app
