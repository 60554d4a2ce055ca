// The app's change path, undo/redo, saving and loading (see state.h); no ImGui, tested natively.
#include "app/state.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <string>

#include "app/logic/exchange_flow.h"
#include "app/logic/storage_slots.h"
#include "core/builtin_plan.h"
#include "core/lint.h"
#include "core/plan_edit.h"
#include "core/plan_json.h"

namespace tolok::app {

Plan* current_plan(AppState& s) { return s.plans.empty() ? nullptr : &s.plans[std::min(s.current, s.plans.size() - 1)]; }
const Plan* current_plan(const AppState& s) { return current_plan(const_cast<AppState&>(s)); }

namespace {
// `base` when `taken(base)` is false, else the first of base + separator + "2", "3" ... that is free.
template <class Taken>
std::string first_free(const std::string& base, const char* separator, Taken taken) {
    std::string name = base;
    for (int n = 2; taken(name); ++n) name = base + separator + std::to_string(n);
    return name;
}
}  // namespace

const Plan* find_plan(const AppState& s, const std::string& id) {
    for (const auto& p : s.plans)
        if (p.id == id) return &p;
    return nullptr;
}

std::string unique_plan_id(const AppState& s, const std::string& base) {
    std::string id = base;  // "<base>-2", "-3" ... as core/model.h numbered_plan_id (consolidation warns on them)
    for (int n = 2; find_plan(s, id); ++n) id = numbered_plan_id(base, n);
    return id;
}

double now_seconds(const AppState& s) { return s.services.now_seconds ? s.services.now_seconds() : 0; }

std::string new_plan_id(const AppState& s) {
    std::string stamp;  // "2026-11-27T08:33:11Z" -> "20261127-083311"
    for (char c : s.services.now_iso ? s.services.now_iso() : std::string()) {
        if (c >= '0' && c <= '9') stamp += c;
        else if (c == 'T' && !stamp.empty()) stamp += '-';
    }
    return unique_plan_id(s, stamp.size() == 15 ? "rencana-" + stamp : "rencana-baru");
}

Plan make_new_plan(const AppState& s) {
    Plan p;
    p.id = new_plan_id(s);
    const Plan* shown = current_plan(s);
    p.start_year = shown ? shown->end_year + 1 : 2025;
    p.end_year = p.start_year + 4;
    p.title = "Indikator Kinerja Utama (IKU) Tahun " + std::to_string(p.start_year) + "-" + std::to_string(p.end_year);
    p.office.name = first_free("Instansi baru", " ",  // plan data: Indonesian in either language (printed)
                                [&](const std::string& name) {
        return std::any_of(s.plans.begin(), s.plans.end(), [&](const Plan& other) { return other.office.name == name; });
    });
    return p;
}

void follow_shown_plan(AppState& s) {
    const Plan* plan = current_plan(s);
    if (!plan || plan->id == s.year_of_plan) return;
    if (!s.year_of_plan.empty()) s.year = default_year(s, *plan);
    s.year_of_plan = plan->id;
    s.period_draft.reset();  // typed for the plan shown before
    s.pending_period.reset();
}

static void mark_changed(AppState& s) {
    ++s.revision;
    s.dirty = true;
    s.changed_at = now_seconds(s);
}

int default_year(const AppState& s, const Plan& plan) {
    if (int latest = latest_year_with_actuals(plan)) return latest;
    int this_year = 0;
    if (s.services.now_iso) {
        const std::string now = s.services.now_iso();
        if (now.size() >= 4) this_year = std::atoi(now.substr(0, 4).c_str());
    }
    if (this_year == 0) return plan.end_year;
    return std::max(plan.start_year, std::min(plan.end_year, this_year));
}

Plan& change(AppState& s, const std::string& description, const std::string& key) {
    return change(s, BiText{description, description}, key);
}

static Plan& change_merging(AppState& s, const BiText& description, const std::string& key, double merge_seconds) {
    // A confirmation shown from before ("Diurungkan: ...", "Berkas diimpor ...") no longer describes the plan once it
    // is edited again, and read later it looks like news of the edit; a problem ("!...") stays until dismissed.
    if (!s.message.empty() && s.message[0] != '!') s.message.clear();
    s.history.record(s.plans, s.current, description, key, now_seconds(s), merge_seconds);
    s.history.note_shown_after(s.current);
    mark_changed(s);
    return *current_plan(s);
}

Plan& change(AppState& s, const BiText& description, const std::string& key) { return change_merging(s, description, key, 1.5); }

Plan& change_continuing(AppState& s, const BiText& description, const std::string& key) {
    return change_merging(s, description, key, std::numeric_limits<double>::infinity());
}

void apply_plans(AppState& s, std::vector<Plan> plans, const BiText& description) {
    if (!s.message.empty() && s.message[0] != '!') s.message.clear();  // as change_merging: an older confirmation goes
    s.history.record(s.plans, s.current, description, "", now_seconds(s));
    s.plans_replaced = true;
    for (auto& p : plans) {
        bool replaced = false;
        for (size_t i = 0; i < s.plans.size(); ++i)
            if (s.plans[i].id == p.id) {
                s.plans[i] = p;
                s.current = i;
                replaced = true;
            }
        if (!replaced) {
            s.plans.push_back(std::move(p));
            s.current = s.plans.size() - 1;
        }
    }
    s.history.note_shown_after(s.current);
    mark_changed(s);
}

void change_period(AppState& s, int start_year, int end_year) {
    const Plan* before = current_plan(s);
    if (!before) return;
    const std::string old_period = std::to_string(before->start_year) + "-" + std::to_string(before->end_year);
    const PeriodMentions mentions = period_mentions(*before);
    set_period(change(s, BiText{"Ubah periode", "Change period"}), start_year, end_year);
    if (mentions.empty()) return;
    const std::string now = std::to_string(start_year) + "-" + std::to_string(end_year);
    const BiText which = describe(mentions);
    say(s, BiText{"Periode menjadi " + now + "; " + old_period + " ikut diubah menjadi " + now + " pada " + which.id + " (Ctrl+Z mengembalikan).",
                  "Period now " + now + "; " + old_period + " became " + now + " in " + which.en + " too (Ctrl+Z brings it back)."});
}

const Consolidation& regency_consolidation(AppState& s) {
    AppState::RegencyCache& c = s.regency_cache;
    if (!c.valid || c.revision != s.revision || c.year != s.regency_year) {
        c.value = consolidate(s.plans, s.regency_year);
        const Plan shipped = builtin_plan();
        const std::string shipped_text = write_plan(shipped);
        c.builtin_untouched = false;
        for (const Plan& p : s.plans) c.builtin_untouched = c.builtin_untouched || (p.id == shipped.id && write_plan(p) == shipped_text);
        c.revision = s.revision;
        c.year = s.regency_year;
        c.valid = true;
    }
    return c.value;
}

const Diagnostics& plan_findings(AppState& s, const Plan& plan) {
    AppState::LintCache& c = s.lint_cache;
    if (!c.valid || c.revision != s.revision || c.plan_id != plan.id) {
        c.findings = lint_plan(plan);
        c.revision = s.revision;
        c.plan_id = plan.id;
        c.valid = true;
        c.heights.clear();
    }
    return c.findings;
}

// Said in the message bar: what was undone or redone, and on which plan when that is not the one that was shown
// (undo goes back through every plan's changes, and shows the plan it changes).
static void say_undone(AppState& s, const char* done_id, const char* done_en, const std::string& what, const std::string& shown_before) {
    std::string message = std::string(tr(s, done_id, done_en)) + ": " + what;
    if (const Plan* plan = current_plan(s); plan && plan->id != shown_before)
        message += s.lang == Lang::En ? " (plan " + plan->office.name + " - " + plan->title + ")"
                                      : " (rencana " + plan->office.name + " - " + plan->title + ")";
    s.message = message;
}

void undo(AppState& s) {
    // A step that changed nothing in the end (typed, then Esc put it back) would spend this press on nothing.
    while (s.history.drop_last_if_unchanged(s.plans)) {
    }
    if (!s.history.can_undo()) return;
    const std::string what = s.history.undo_description(s.lang);
    const std::string shown = current_plan(s) ? current_plan(s)->id : std::string();
    if (s.history.undo(s.plans, s.current)) {
        mark_changed(s);
        s.plans_replaced = true;
        s.number_drafts.clear();  // a number half typed belongs to the plans before the undo: never applied to these
        restore_bases_of_returned_plans(s);  // a deleted plan brought back keeps its exchange history
        say_undone(s, "Diurungkan", "Undone", what, shown);
    }
}

void redo(AppState& s) {
    if (!s.history.can_redo()) return;
    const std::string what = s.history.redo_description(s.lang);
    const std::string shown = current_plan(s) ? current_plan(s)->id : std::string();
    if (s.history.redo(s.plans, s.current)) {
        mark_changed(s);
        s.plans_replaced = true;
        s.number_drafts.clear();
        restore_bases_of_returned_plans(s);
        forget_bases_of_deleted_plans(s);  // a deletion redone frees them again
        say_undone(s, "Diulangi", "Redone", what, shown);
    }
}

void say(AppState& s, const BiText& text) {
    s.said = text;
    s.message = text.in(s.lang);
    s.said_shown = s.message;
}

void message_language_changed(AppState& s) {
    if (s.message.empty()) return;
    if (s.message == s.said_shown && !s.said.id.empty()) {
        const bool save_problem = s.message == s.save_problem_message;
        s.message = s.said.in(s.lang);
        s.said_shown = s.message;
        if (save_problem) s.save_problem_message = s.message;  // still recognised as the save problem once it is over
        return;
    }
    if (s.message[0] != '!') s.message.clear();
}

void delete_current_plan(AppState& s) {
    if (s.plans.size() < 2 || s.current >= s.plans.size()) return;
    change(s, BiText{"Hapus rencana", "Delete plan"});
    s.plans.erase(s.plans.begin() + static_cast<long>(s.current));
    s.current = std::min(s.current, s.plans.size() - 1);  // the plan next to it, not the first one
    forget_bases_of_deleted_plans(s);
}

// The plans are kept in the IndexedDB mirror alone, localStorage being full: said after such a save, and after a
// start that found the mirror's copy newer than localStorage's (until the next save that localStorage takes).
static void say_kept_in_mirror_only(AppState& s, bool at_load) {
    s.save_status = "mirror";
    say(s, at_load
                    ? BiText{"!Rencana dimuat dari basis data peramban (IndexedDB): penyimpanan utama peramban tidak memuat salinan "
                            "terbarunya (penuh atau dihapus). Ekspor rencana ke berkas (Berkas > Ekspor) sebagai cadangan.",
                         "!The plans were loaded from the browser's database (IndexedDB): the browser's main storage does not hold "
                         "their latest copy (full or cleared). Export them to a file (File > Export) as a backup."}
                    : BiText{"!Penyimpanan utama peramban penuh: rencana disimpan di basis data peramban (IndexedDB). "
                            "Ekspor rencana ke berkas (Berkas > Ekspor) sebagai cadangan, atau hapus rencana yang tidak dipakai.",
                         "!The browser's main storage is full: the plans were saved in the browser's database (IndexedDB). "
                         "Export them to a file (File > Export) as a backup, or delete plans you no longer use."});
    s.save_problem_message = s.message;
}

// A copy in the browser newer than the one loaded (or the only one) could not be read.
static void say_unreadable_copy(AppState& s, bool older_loaded) {
    say(s, older_loaded
                    ? BiText{"!Salinan terbaru di peramban rusak atau tidak terbaca (mungkin ditulis Tolok versi lain); yang dimuat salinan "
                            "sebelumnya, jadi perubahan terakhir mungkin tidak ada. Unduh salinan itu: Berkas > Unduh salinan yang tidak terbaca.",
                         "!The latest copy in the browser is damaged or cannot be read (perhaps written by another version of Tolok); the "
                         "copy before it was loaded, so the last changes may be missing. Download that copy: File > Download the unreadable copy."}
                    : BiText{"!Data di peramban rusak atau tidak terbaca (mungkin ditulis Tolok versi lain); rencana bawaan ditampilkan. "
                            "Unduh salinan itu sebelum mengubah apa pun (Berkas > Unduh salinan yang tidak terbaca): penyimpanan berikutnya menimpanya.",
                         "!The data in the browser is damaged or cannot be read (perhaps written by another version of Tolok); the built-in "
                         "plan is shown. Download that copy before changing anything (File > Download the unreadable copy): the next save "
                         "writes over it."});
}

void confirm_mirror_save(AppState& s) {
    if (!s.mirror_unconfirmed || !s.services.mirror) return;
    const DurableMirror::Flush flush = s.services.mirror->flush_state();
    if (flush == DurableMirror::Flush::Pending) return;
    s.mirror_unconfirmed = false;
    if (flush == DurableMirror::Flush::Failed) {  // IndexedDB refused it too: unsaved work, said, retried later
        s.dirty = true;
        s.save_status = "quota";
        s.changed_at = now_seconds(s) + 10;
        say(s, BiText{"!Penyimpanan peramban penuh dan basis data peramban (IndexedDB) juga menolak menyimpan: perubahan "
                          "terakhir belum tersimpan. Ekspor rencana ke berkas (Berkas > Ekspor) agar tidak hilang, jangan tutup tab ini.",
                       "!Browser storage is full and the browser database (IndexedDB) refused the save too: the latest changes "
                       "are not saved. Export the plans to a file (File > Export) so nothing is lost; do not close this tab."});
        s.save_problem_message = s.message;
    }
}

void save_now(AppState& s) {
    if (!s.services.store) return;
    if (s.storage_conflict) return;  // waits for the user's choice (on_plans_saved_elsewhere)
    // The slots are read once: to see whether another tab saved since this one did, and to choose the slot to write.
    const SlotSequences slots = read_slot_sequences(*s.services.store);
    if (std::max(slots.newest(), mirror_sequence(s.services.mirror)) > s.stored_sequence) {  // another tab saved
        enter_storage_conflict(s);
        return;
    }
    // Compact: the browser's own copy, not a file for people (a third smaller, quicker to write and read).
    std::string payload = write_plans_compact(s.plans);
    // Never store what could not be read back on the next start.
    if (!read_plans(payload).ok()) {
        s.save_status = "failed";
        s.changed_at = now_seconds(s) + 10;
        say(s, BiText{"!Rencana berisi data yang tidak sah dan belum disimpan; periksa pengaturan.",
                       "!The plan holds invalid data and was not saved; check the settings."});
        s.save_problem_message = s.message;
        return;
    }
    // Numbered after every copy (this tab's last one may be the mirror's alone, saved while localStorage was full).
    SaveResult r = save_to_slots(*s.services.store, payload, s.stored_sequence, &slots);
    if (r.status == WriteStatus::Ok) {
        s.stored_sequence = r.sequence;
        s.dirty = false;
        s.mirror_unconfirmed = false;  // localStorage holds it now
        s.save_status = "ok";
        s.last_save = s.services.now_iso ? s.services.now_iso() : "";
        // A save problem said earlier is over, and said to be (any other message, such as an import refused, stays).
        if (!s.save_problem_message.empty() && s.message == s.save_problem_message)
            say(s, BiText{"Penyimpanan peramban kembali normal: semua rencana tersimpan.", "Browser storage works again: all plans are saved."});
        s.save_problem_message.clear();
        if (s.services.mirror) s.services.mirror->save("slot", r.text);
        return;
    }
    // localStorage full (about 5 million characters for every page of the origin, two slots of all plans): the
    // IndexedDB mirror, whose quota is far larger and which the next start reads when its copy is newer, keeps
    // this save on its own, read back before it counts.
    if (r.status == WriteStatus::QuotaExceeded && s.services.mirror && s.services.mirror->durable()) {
        // (r.text is numbered after every copy, the mirror's too: this tab's last save is the newest of them.)
        s.services.mirror->save("slot", r.text);
        if (s.services.mirror->load("slot") == r.text) {
            s.stored_sequence = r.sequence;
            s.dirty = false;
            s.mirror_unconfirmed = true;
            s.services.mirror->tell_other_tabs();  // no storage event tells them of this save
            s.last_save = s.services.now_iso ? s.services.now_iso() : "";
            say_kept_in_mirror_only(s, false);
            confirm_mirror_save(s);  // (a mirror that writes at once has it already)
            return;
        }
    }
    s.save_status = r.status == WriteStatus::QuotaExceeded ? "quota" : "failed";
    s.changed_at = now_seconds(s) + 10;  // retry later, not every frame
    say(s, r.status == WriteStatus::QuotaExceeded
                    ? BiText{"!Penyimpanan peramban penuh: perubahan terakhir belum tersimpan, data sebelumnya tetap utuh. "
                            "Ekspor rencana ke berkas (Berkas > Ekspor) agar tidak hilang.",
                         "!Browser storage is full: the latest changes are not saved; the previous data is intact. "
                         "Export the plans to a file (File > Export) so nothing is lost."}
                    : BiText{"!Gagal menyimpan ke peramban; data sebelumnya tetap utuh. Ekspor rencana ke berkas.",
                         "!Saving to the browser failed; the previous data is intact. Export the plans to a file."});
    s.save_problem_message = s.message;
}

void load_saved(AppState& s) {
    const std::string current_id = s.plans.empty() || s.current >= s.plans.size() ? "" : s.plans[s.current].id;
    if (s.services.store) {
        // The newest copy that reads; one newer that does not (damaged, or written by another version of Tolok: every
        // tolok.html on file:// shares one localStorage) is said, kept for download, and numbered after.
        SavedCopies copies = read_saved_copies(*s.services.store, s.services.mirror);
        const SlotContent* loaded = nullptr;
        std::string unreadable = copies.damaged_text;
        unsigned long long unreadable_sequence = copies.damaged_sequence;
        for (const SlotContent& copy : copies.whole) {
            PlanReadResult r = read_plans(copy.payload);
            if (r.ok()) {
                s.plans = std::move(r.plans);
                loaded = &copy;
                break;
            }
            if (unreadable.empty() || copy.sequence >= unreadable_sequence) {
                unreadable = copy.payload;
                unreadable_sequence = copy.sequence;
            }
        }
        const bool newer_unreadable =
            !unreadable.empty() && (!loaded || unreadable_sequence >= loaded->sequence || (copies.damaged_unnumbered && unreadable == copies.damaged_text));
        s.unreadable_copy = newer_unreadable ? unreadable : std::string();
        s.stored_sequence = std::max(loaded ? loaded->sequence : 0ull, unreadable_sequence);
        for (const SlotContent& copy : copies.whole) s.stored_sequence = std::max(s.stored_sequence, copy.sequence);
        if (loaded) {
            s.save_status = "ok";
            if (newer_unreadable) say_unreadable_copy(s, true);
            else if (loaded->from_mirror && loaded->sequence > newest_slot_sequence(*s.services.store)) say_kept_in_mirror_only(s, true);
        } else if (newer_unreadable) {
            say_unreadable_copy(s, false);
        }
    }
    if (s.plans.empty()) s.plans.push_back(builtin_plan());
    ++s.revision;
    s.plans_replaced = true;
    // The plan open stays open when it is still there (a newer copy loaded from the mirror or another tab).
    size_t open = 0;
    for (size_t i = 0; i < s.plans.size(); ++i)
        if (s.plans[i].id == current_id) open = i;
    s.current = open;
    if (!s.plans[open].in_period(s.year)) s.year = default_year(s, s.plans[open]);
}

}  // namespace tolok::app
