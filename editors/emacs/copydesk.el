;;; copydesk.el --- copydesk-language-server through eglot  -*- lexical-binding: t; -*-
;; eglot is part of Emacs 29; on Emacs 28 install it from GNU ELPA (Debian:
;; elpa-eglot). Load this file from init.el, or copy the forms there.
;; Needs `copydesk-language-server' on PATH (npm install -g copydesk).

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode html-mode) . ("copydesk-language-server" "--stdio"))))

;; text-mode-hook also runs in modes derived from text-mode (Org, for one):
;; keep only the hooks you want.
(dolist (hook '(text-mode-hook markdown-mode-hook html-mode-hook))
  (add-hook hook #'eglot-ensure))
