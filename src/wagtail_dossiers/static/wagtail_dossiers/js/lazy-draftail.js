/* Rich text in the page editor: Wagtail's Draftail, mounted when the field comes into view.
 *
 * The telepath widget for wagtail_dossiers.draftail.LazyDraftailRichTextArea. Mounting a
 * Draftail editor for each of a large dossier's cards is a fifth of the time before the
 * page editor can be used, so each field first renders what Draftail's own widget renders
 * first — a hidden input holding the contentstate — beside its text, read-only. The real
 * editor (Wagtail's DraftailRichTextArea, given the same input value) replaces both when
 * the field comes near the viewport, is clicked or is focused; until then the input posts
 * the value unchanged. The bound widget answers Wagtail's StreamField either way.
 */
(() => {
    const NEAR = "600px 0px"; // mount a little before the field scrolls into view

    /* One IntersectionObserver per scrolling box: the admin scrolls its <main>, not the
     * window, and only the observer's own root widens by the margin. */
    const observers = new Map();
    let pending = [];

    function scrollingBox(element) {
        for (let box = element.parentElement; box; box = box.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(box).overflowY)) {
                return box;
            }
        }
        return null;
    }

    function observerFor(root) {
        if (!observers.has(root)) {
            const observer = new IntersectionObserver(
                (entries) => {
                    for (const entry of entries) {
                        if (entry.isIntersecting) {
                            entry.target.dossiersMount();
                        }
                    }
                },
                { root, rootMargin: NEAR },
            );
            observers.set(root, observer);
        }
        return observers.get(root);
    }

    /* Once a frame, after the editor has inserted this frame's blocks: one style lookup for
     * a batch in the same box, not one per field while the editor builds. */
    function observePending() {
        const batch = pending;
        pending = [];
        let root;
        for (const element of batch) {
            if (element.isConnected && !element.dossiersMounted) {
                if (root === undefined || (root && !root.contains(element))) {
                    root = scrollingBox(element);
                }
                element.dossiersObserver = observerFor(root);
                element.dossiersObserver.observe(element);
            }
        }
    }

    function observe(element) {
        if (!("IntersectionObserver" in window)) {
            element.dossiersMount();
            return;
        }
        if (!pending.length) {
            requestAnimationFrame(observePending);
        }
        pending.push(element);
    }

    function contentBlocks(value) {
        try {
            const state = JSON.parse(value || "null");
            return (state && state.blocks) || [];
        } catch (error) {
            return [];
        }
    }

    /* The field's text as a reader of the editor sees it: paragraphs and list items. */
    function renderText(element, value) {
        const nodes = [];
        let list = null;
        for (const block of contentBlocks(value)) {
            const ordered = block.type === "ordered-list-item";
            if (ordered || block.type === "unordered-list-item") {
                const tag = ordered ? "OL" : "UL";
                if (!list || list.tagName !== tag) {
                    list = document.createElement(tag);
                    nodes.push(list);
                }
                const item = document.createElement("li");
                item.textContent = block.text;
                list.append(item);
            } else {
                list = null;
                const paragraph = document.createElement("p");
                paragraph.textContent = block.text;
                nodes.push(paragraph);
            }
        }
        element.replaceChildren(...nodes);
    }

    class BoundLazyDraftail {
        constructor(draftail, container, name, id, value, capabilities, options) {
            this.draftail = draftail;
            this.container = container;
            this.name = name;
            this.id = id;
            this.capabilities = new Map(capabilities);
            this.options = options;
            this.invalid = false;
            this.bound = null;

            this.input = document.createElement("input");
            this.input.type = "hidden";
            this.input.id = id;
            this.input.name = name;
            this.input.value = value;
            for (const [key, attribute] of Object.entries(options.attributes || {})) {
                this.input.setAttribute(key, attribute);
            }
            this.text = document.createElement("div");
            this.text.className = "dossiers-lazy-draftail";
            this.text.dataset.dossiersLazyDraftail = "";
            this.text.tabIndex = 0;
            this.text.setAttribute("role", "textbox");
            this.text.setAttribute("aria-multiline", "true");
            // The struct block's label for the field (`Text`), without its required mark.
            const label = container
                .closest("[data-contentpath]")
                ?.querySelector(":scope > .w-field__label");
            if (label && label.firstChild) {
                this.text.setAttribute("aria-label", label.firstChild.textContent.trim());
            }
            this.text.dossiersMount = () => this.mount();
            this.text.addEventListener("focus", () => this.mount().focus());
            renderText(this.text, value);
            container.append(this.input, this.text);
            observe(this.text);
        }

        mount() {
            if (!this.bound) {
                this.text.dossiersMounted = true;
                if (this.text.dossiersObserver) {
                    this.text.dossiersObserver.unobserve(this.text);
                }
                const value = this.input.value;
                this.input.remove();
                this.text.remove();
                this.bound = this.draftail.render(
                    this.container,
                    this.name,
                    this.id,
                    value,
                    this.capabilities,
                    this.options,
                );
                this.bound.setInvalid(this.invalid);
            }
            return this.bound;
        }

        getValue() {
            return this.bound ? this.bound.getValue() : this.input.value;
        }

        /* Unmounted, the contentstate as stored: what Draftail's render takes as its value. */
        getState() {
            return this.bound ? this.bound.getState() : this.input.value;
        }

        setState(state) {
            if (this.bound || (state && state.getCurrentContent)) {
                this.mount().setState(state);
            } else {
                this.input.value = state;
                renderText(this.text, state);
            }
        }

        setInvalid(invalid) {
            this.invalid = invalid;
            if (this.bound) {
                this.bound.setInvalid(invalid);
            } else if (invalid) {
                this.text.setAttribute("aria-invalid", "true");
            } else {
                this.text.removeAttribute("aria-invalid");
            }
        }

        getTextLabel(options) {
            if (this.bound) {
                return this.bound.getTextLabel(options);
            }
            const maxLength = options && options.maxLength;
            const text = contentBlocks(this.input.value)
                .map((block) => block.text)
                .filter(Boolean)
                .join(" ");
            return maxLength && text.length > maxLength
                ? `${text.substring(0, maxLength - 1)}…`
                : text;
        }

        focus() {
            this.mount().focus();
        }

        setCapabilityOptions(capability, options) {
            if (this.bound) {
                this.bound.setCapabilityOptions(capability, options);
            } else {
                this.capabilities.set(capability, {
                    ...this.capabilities.get(capability),
                    ...options,
                });
            }
        }
    }

    class LazyDraftailRichTextArea {
        constructor(options, lazy) {
            this.draftail = new window.draftail.DraftailRichTextArea(options);
            this.lazy = lazy;
        }

        render(container, name, id, initialState, capabilities, options = {}) {
            // At once: an editor state (a block just split off another) needs the editor,
            // and so do inline comments, which Wagtail's comments place through it.
            const needed =
                typeof initialState !== "string" || initialState.includes('"COMMENT-');
            if (!this.lazy || needed) {
                return this.draftail.render(container, name, id, initialState, capabilities, options);
            }
            return new BoundLazyDraftail(
                this.draftail,
                container,
                name,
                id,
                initialState,
                capabilities,
                options,
            );
        }

        getByName(name, element) {
            return this.draftail.getByName(name, element);
        }
    }

    window.telepath.register(
        "wagtail_dossiers.widgets.LazyDraftailRichTextArea",
        LazyDraftailRichTextArea,
    );
})();
