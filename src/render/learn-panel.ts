/**
 * The MIDI learn panel: pick a parameter, move a knob or hit a pad, see the
 * binding, export everything as config JSON. Kept apart from the HUD, which
 * repaints and would lose the selection.
 */
import type { Registry } from '../control/registry.ts';
import type { MidiLearn } from '../input/midi/learn.ts';

export class LearnPanel {
  private readonly el: HTMLElement;

  constructor(
    parent: HTMLElement,
    private readonly registry: Registry,
    private readonly learn: MidiLearn,
    private readonly exportJson: () => string,
  ) {
    this.el = document.createElement('div');
    this.el.id = 'learn';
    this.el.hidden = true;
    parent.appendChild(this.el);
    learn.onChange = () => this.render();
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  toggle(): void {
    this.el.hidden = !this.el.hidden;
    if (this.el.hidden) this.learn.arm(null);
    this.render();
  }

  private targets(): string[] {
    const out: string[] = [];
    const specs = this.registry.specs();
    for (const s of specs) out.push(s.name);
    const writers = Math.round(this.registry.get('writers'));
    for (let n = 1; n <= writers; n++) for (const s of specs) if (s.scope === 'writer') out.push(`writer/${n}/${s.name}`);
    return out;
  }

  render(): void {
    if (this.el.hidden) return;
    const armed = this.learn.armed;
    const options = this.targets()
      .map((t) => `<option value="${t}"${t === armed ? ' selected' : ''}>${t}</option>`)
      .join('');
    const learned = [...this.learn.learned.controls.map((c) => `CC ${c.cc} ch ${c.channel ?? 'any'} (${c.device ?? 'any device'}) → ${c.target}`), ...this.learn.learned.notes.map((n) => `note ${n.note} ch ${n.channel ?? 'any'} (${n.device ?? 'any device'}) → ${n.target}`)];
    this.el.innerHTML =
      `<h2>MIDI learn</h2>` +
      `<label>parameter <select class="target"><option value="">choose…</option>${options}</select></label>` +
      `<div class="status">${armed ? `<span class="learn">now move a knob or hit a pad for <b>${armed}</b> (Esc cancels)</span>` : 'pick a parameter, then move a knob or hit a pad'}</div>` +
      `<h2>learned (kept in this browser)</h2><div class="learned">${learned.map((l) => `<div>${l}</div>`).join('') || '<div class="off">none yet</div>'}</div>` +
      `<div class="buttons"><button class="export">export as config</button> <button class="forget">forget learned</button> <button class="close">close (m)</button></div>` +
      `<textarea class="json" hidden rows="12" cols="48" readonly></textarea>`;
    const select = this.el.querySelector<HTMLSelectElement>('select.target')!;
    select.addEventListener('change', () => this.learn.arm(select.value || null));
    select.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.learn.arm(null);
    });
    this.el.querySelector('button.forget')!.addEventListener('click', () => this.learn.forget());
    this.el.querySelector('button.close')!.addEventListener('click', () => this.toggle());
    this.el.querySelector('button.export')!.addEventListener('click', () => {
      const ta = this.el.querySelector<HTMLTextAreaElement>('textarea.json')!;
      ta.value = this.exportJson();
      ta.hidden = false;
      ta.select();
    });
  }
}
