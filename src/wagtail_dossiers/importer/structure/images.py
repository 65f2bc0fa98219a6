"""Where images and captions land: the header image, an image in the body or on a card, and
a caption on its image (or waiting for the image written under it)."""

from __future__ import annotations

from ..document import Document, Image, Initiative
from .blocks import SourceBlock
from .evidence import ALT_PREFIX_RE


class ImagePlacement:
    """The builder's placement of images and captions; ``DocumentBuilder`` holds the rest
    (``_add``, ``_unplace``, ``_paragraph_block``) and the state below."""

    doc: Document
    last: object
    caption: SourceBlock | None
    card_title: SourceBlock | None
    card_image: Image | None

    def _header_image(self, block: SourceBlock) -> None:
        if self.doc.header_image is not None:
            self._image(block)
            return
        self.doc.header_image = self.last = self._new_image(block)

    def _image(self, block: SourceBlock) -> None:
        image = self._new_image(block)
        if self.caption is not None:
            image.caption, self.caption = self.caption.text, None
        if self.card_title is not None and self.card_image is None:
            self.card_image = self.last = image  # between a card's title and its text
            return
        card = self.last
        if isinstance(card, Initiative) and card.image is None and block.inside:
            card.image = image  # the card's own image
        else:
            self._add(image)
        self.last = image

    def _new_image(self, block: SourceBlock) -> Image:
        image = block.image
        if image is None:
            named = ALT_PREFIX_RE.fullmatch(block.text)
            if named:  # `Header image: …` says what it is: the words after it are the alt text
                self._unplace(block.first_line, named["prefix"])
            image = Image(alt=named["alt"] if named else block.text, lines=block.lines)
        variant = "src" if image.src else ""
        self.doc.warn(image.lines.first, "image_missing", variant, alt=image.alt, src=image.src)
        return image

    def _caption(self, block: SourceBlock) -> None:
        image = self.last
        if isinstance(image, Image) and not image.caption:
            image.caption = block.text
            self.last = image
            return
        self._close_caption()
        self.caption = block  # a caption written above its image waits for it

    def _close_caption(self) -> None:
        caption, self.caption = self.caption, None
        if caption is not None:
            self._paragraph_block(caption)
