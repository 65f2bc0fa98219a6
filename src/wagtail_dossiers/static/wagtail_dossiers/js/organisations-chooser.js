/* A card's organisations in the page editor: one field, several choices at a time.
 *
 * The telepath widget for wagtail_dossiers.choosers.OrganisationsChooser. Its state is a list
 * of {id, title, edit_url}, as the organisation chooser's modal returns them; the hidden
 * input holds the ids, comma-separated. "Choose organisations" opens Wagtail's own chooser
 * modal (the single chooser's factory) in its multiple mode and adds what was chosen.
 */
(() => {
    class BoundOrganisationsChooser {
        constructor(element, name, chooser) {
            this.element = element;
            this.chooser = chooser;
            this.input = element.querySelector(`input[name="${name}"]`);
            this.list = element.querySelector("[data-dossiers-organisations-list]");
            this.itemTemplate = element.querySelector("template[data-dossiers-organisations-item]");
            this.chooseButton = element.querySelector("[data-dossiers-organisations-choose]");
            this.idForLabel = this.chooseButton.id;
            this.state = [];
            this.chooseButton.addEventListener("click", () => {
                this.chooser.openModal((chosen) => this.add(chosen), { multiple: true });
            });
            this.list.addEventListener("click", (event) => {
                const button = event.target.closest("[data-dossiers-organisations-remove]");
                if (button) {
                    this.remove(button.closest("li").dataset.id);
                }
            });
        }

        add(chosen) {
            const known = new Set(this.state.map((item) => String(item.id)));
            const added = [];
            for (const item of Array.isArray(chosen) ? chosen : [chosen]) {
                if (item && !known.has(String(item.id))) {
                    known.add(String(item.id));
                    added.push(item);
                }
            }
            this.setState(this.state.concat(added), true);
        }

        remove(id) {
            this.setState(this.state.filter((item) => String(item.id) !== id), true);
            this.chooseButton.focus();
        }

        getValue() {
            return this.state.map((item) => item.id);
        }

        getState() {
            return this.state;
        }

        setState(state, changed = false) {
            this.state = Array.isArray(state) ? state : [];
            this.input.value = this.getValue().join(",");
            this.list.replaceChildren(...this.state.map((item) => this.renderItem(item)));
            if (changed) {
                this.input.dispatchEvent(new Event("change", { bubbles: true }));
            }
        }

        renderItem(item) {
            const li = this.itemTemplate.content.firstElementChild.cloneNode(true);
            const name = item.title || String(item.id);
            li.dataset.id = String(item.id);
            li.querySelector("[data-dossiers-organisations-name]").textContent = name;
            const remove = li.querySelector("[data-dossiers-organisations-remove]");
            remove.setAttribute("aria-label", remove.dataset.label.replace("{name}", name));
            return li;
        }

        getTextLabel(options) {
            const label = this.state.map((item) => item.title).join(", ");
            const max = options && options.maxLength;
            return max && label.length > max ? `${label.substring(0, max - 1)}…` : label;
        }

        focus() {
            this.chooseButton.focus();
        }

        setInvalid(invalid) {
            if (invalid) {
                this.chooseButton.setAttribute("aria-invalid", "true");
            } else {
                this.chooseButton.removeAttribute("aria-invalid");
            }
        }
    }

    class OrganisationsChooser {
        constructor(html, chooser) {
            this.html = html;
            this.chooser = chooser;
        }

        render(placeholder, name, id, initialState) {
            const template = document.createElement("template");
            template.innerHTML = this.html.replace(/__NAME__/g, name).replace(/__ID__/g, id).trim();
            const element = template.content.firstElementChild;
            placeholder.replaceWith(element);
            const bound = new BoundOrganisationsChooser(element, name, this.chooser);
            bound.setState(initialState);
            return bound;
        }
    }

    window.telepath.register("wagtail_dossiers.widgets.OrganisationsChooser", OrganisationsChooser);
})();
