//! The Edit menu and its keys: Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z or Ctrl+Y), each
//! naming the step it acts on.

use super::TemporaApp;
use super::command::Command;
use egui::{Key, KeyboardShortcut, Modifiers};

const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// Queues Undo or Redo for their keys, unless a text field has the keyboard (it undoes
/// its own typing).
pub(super) fn edit_keys(app: &mut TemporaApp, ctx: &egui::Context) {
    if ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    // Ctrl+Shift+Z also matches Ctrl+Z: ask for it first.
    let (redo, undo) = ctx.input_mut(|i| {
        let redo = i.consume_shortcut(&REDO) | i.consume_shortcut(&REDO_Y);
        (redo, i.consume_shortcut(&UNDO))
    });
    if redo {
        app.command(Command::Redo);
    }
    if undo {
        app.command(Command::Undo);
    }
}

/// "Undo: set publication date", or plain "Undo" when there is nothing to undo.
pub fn menu_text(verb: &str, step: Option<&str>) -> String {
    match step {
        Some(name) => format!("{verb}: {name}"),
        None => verb.to_string(),
    }
}

/// The Edit menu.
pub(super) fn edit_menu(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    ui.menu_button("Edit", |ui| {
        let undo = app.undo_name();
        let button =
            egui::Button::new(menu_text("Undo", undo)).shortcut_text(ctx.format_shortcut(&UNDO));
        if ui.add_enabled(undo.is_some(), button).clicked() {
            app.command(Command::Undo);
            ui.close();
        }
        let redo = app.redo_name();
        let button =
            egui::Button::new(menu_text("Redo", redo)).shortcut_text(ctx.format_shortcut(&REDO));
        if ui.add_enabled(redo.is_some(), button).clicked() {
            app.command(Command::Redo);
            ui.close();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_names_the_step() {
        assert_eq!(
            menu_text("Undo", Some("set publication date")),
            "Undo: set publication date"
        );
        assert_eq!(menu_text("Redo", None), "Redo");
    }
}
