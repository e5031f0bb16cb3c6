//! Curation in the window: the right-click menu of an event (Correct date…, Relabel…,
//! Hide, Add note…), its keys (Delete hides, Enter corrects the date, N adds a note) and
//! the small dialog that asks for a date, label or note. Each change is one undoable
//! command.

use super::TemporaApp;
use crate::curation::{CorrectedDate, Edit};
use crate::render::EventId;
use egui::{Key, RichText};

/// What the dialog asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// A corrected date (TIMEX3 value or plain date).
    Date,
    /// A new label.
    Label,
    /// A note.
    Note,
}

impl Asking {
    fn title(self) -> &'static str {
        match self {
            Asking::Date => "Correct the date",
            Asking::Label => "Relabel the event",
            Asking::Note => "Note on the event",
        }
    }
}

/// The open curation dialog: the event, what is asked and what has been typed.
#[derive(Debug, Clone)]
pub(super) struct Dialog {
    id: EventId,
    asking: Asking,
    text: String,
}

/// Opens the dialog asking `asking` about event `id`, filled with what it has now.
pub(super) fn ask(app: &mut TemporaApp, id: EventId, asking: Asking) {
    let Some(event) = app.docs.get(id.doc).and_then(|d| d.events.get(id.event)) else {
        return;
    };
    let text = match asking {
        Asking::Date => event.timex.value.to_string(),
        Asking::Label => event.label.to_string(),
        Asking::Note => event.note().unwrap_or_default().to_string(),
    };
    app.curate_dialog = Some(Dialog { id, asking, text });
}

/// Queues hiding (or showing again) event `id`.
fn toggle_hidden(app: &mut TemporaApp, id: EventId) {
    let hidden = app
        .docs
        .get(id.doc)
        .and_then(|d| d.events.get(id.event))
        .is_some_and(|e| e.is_hidden());
    if let Some(command) = app.curate_command(id, |key| Edit::Hidden {
        key,
        hidden: !hidden,
    }) {
        app.command(command);
    }
}

/// What was chosen in an event's right-click menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Correct date…
    Date,
    /// Relabel…
    Label,
    /// Hide (or show again).
    Hide,
    /// Add note…
    Note,
}

/// The right-click menu of an event; what was chosen, if anything.
pub(super) fn event_menu(ui: &mut egui::Ui) -> Option<Choice> {
    let entries = [
        ("Correct date…", Choice::Date),
        ("Relabel…", Choice::Label),
        ("Hide", Choice::Hide),
        ("Add note…", Choice::Note),
    ];
    let mut chosen = None;
    for (text, choice) in entries {
        if ui.button(text).clicked() {
            chosen = Some(choice);
            ui.close();
        }
    }
    chosen
}

/// Acts on `choice` for event `id`: opens the dialog or queues the change.
pub(super) fn act(app: &mut TemporaApp, id: EventId, choice: Choice) {
    app.select(Some(id));
    match choice {
        Choice::Date => ask(app, id, Asking::Date),
        Choice::Label => ask(app, id, Asking::Label),
        Choice::Hide => toggle_hidden(app, id),
        Choice::Note => ask(app, id, Asking::Note),
    }
}

/// Delete hides the selected event, Enter corrects its date, N adds a note; not while a
/// text field has the keyboard.
pub(super) fn curate_keys(app: &mut TemporaApp, ctx: &egui::Context) {
    if app.curate_dialog.is_some() || ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    let Some(id) = app.selected else {
        return;
    };
    let (hide, date, note) = ctx.input(|i| {
        (
            i.key_pressed(Key::Delete),
            i.key_pressed(Key::Enter),
            i.key_pressed(Key::N) && i.modifiers.is_none(),
        )
    });
    if hide {
        toggle_hidden(app, id);
    } else if date {
        ask(app, id, Asking::Date);
    } else if note {
        ask(app, id, Asking::Note);
    }
}

/// The open dialog, if any: a text field validated as you type, OK and Cancel.
pub(super) fn dialog_ui(app: &mut TemporaApp, ctx: &egui::Context) {
    let Some(mut dialog) = app.curate_dialog.take() else {
        return;
    };
    let mut done = false;
    let mut ok = false;
    egui::Modal::new(egui::Id::unique("curate")).show(ctx, |ui| {
        ui.set_width(380.0);
        ui.heading(dialog.asking.title());
        let caption = ui.label(match dialog.asking {
            Asking::Date => "New date",
            Asking::Label => "New label",
            Asking::Note => "Note",
        });
        let field = ui.add(
            egui::TextEdit::singleline(&mut dialog.text)
                .desired_width(f32::INFINITY)
                .hint_text(match dialog.asking {
                    Asking::Date => "2025-08, Aug 2025, 2025-W45",
                    Asking::Label => "what happened",
                    Asking::Note => "your note",
                }),
        );
        let field = field.labelled_by(caption.id);
        if !field.has_focus() && !field.lost_focus() {
            field.request_focus();
        }
        let problem = match dialog.asking {
            Asking::Date => CorrectedDate::parse(&dialog.text)
                .err()
                .map(|e| e.to_string()),
            Asking::Label | Asking::Note => None,
        };
        match &problem {
            Some(message) => ui.label(RichText::new(message).color(ui.visuals().warn_fg_color)),
            None => ui.label(" "),
        };
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if ui
                .add_enabled(problem.is_none(), egui::Button::new("OK"))
                .clicked()
                || (enter && problem.is_none())
            {
                ok = true;
                done = true;
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                done = true;
            }
        });
    });
    if ok {
        commit(app, &dialog);
    }
    if !done {
        app.curate_dialog = Some(dialog);
    }
}

/// Queues the change the dialog asked for.
fn commit(app: &mut TemporaApp, dialog: &Dialog) {
    let text = dialog.text.trim().to_string();
    let command = match dialog.asking {
        Asking::Date => match CorrectedDate::parse(&text) {
            Ok(date) => app.curate_command(dialog.id, |key| Edit::Date {
                key,
                date: Some(date),
            }),
            Err(_) => None,
        },
        Asking::Label => app.curate_command(dialog.id, |key| Edit::Label {
            key,
            label: Some(text).filter(|t| !t.is_empty()),
        }),
        Asking::Note => app.curate_command(dialog.id, |key| Edit::Note {
            key,
            note: Some(text).filter(|t| !t.is_empty()),
        }),
    };
    if let Some(command) = command {
        app.command(command);
    }
}
