;;; eglot_check.el --- drive dockmentor through Emacs' Eglot in batch mode  -*- lexical-binding: t -*-
;; Environment: DM_CMD (JSON array: the server command), DM_FILE (file to open),
;; DM_LANG (LSP languageId, default "dockerfile"), DM_TIMEOUT (seconds, default 20),
;; DM_HOVER ("LINE:COL", zero-based, optional).
;; Output: one JSON object per line: {"diagnostic":{...}} for each published diagnostic,
;; {"hover":"..."} when asked, {"published":true} once the file's publish arrived.
;; Exit 0 on a publish (an empty one counts), 3 when none came in time, 5 on any error.
;; Run without -Q: Debian's site-start puts elpa-eglot on the load-path.
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defun dm-env (name default)
  (let ((v (getenv name))) (if (and v (not (string-empty-p v))) v default)))

(defun dm-print (obj)
  (princ (json-encode obj))
  (terpri))

(let* ((cmd (append (json-read-from-string (dm-env "DM_CMD" "null")) nil))
       (file (expand-file-name (dm-env "DM_FILE" "Dockerfile")))
       (lang (dm-env "DM_LANG" "dockerfile"))
       (limit (string-to-number (dm-env "DM_TIMEOUT" "20")))
       (hover (dm-env "DM_HOVER" nil))
       (mode (intern (format "dm-%s-mode" lang)))
       (got nil)
       (diags nil))
  (condition-case err
      (progn
        (unless cmd (error "DM_CMD is required"))
        ;; Eglot takes the languageId from the major mode; a tiny mode per id is enough.
        (eval `(define-derived-mode ,mode prog-mode ,lang))
        (put mode 'eglot-language-id lang)
        (cl-defmethod eglot-handle-notification :before
          (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
          (when (equal (file-truename (eglot--uri-to-path uri)) (file-truename file))
            (setq got t diags diagnostics)))
        (find-file file)
        (funcall mode)
        (setq eglot-server-programs (list (cons mode cmd)))
        (let ((inhibit-message t)) (eglot-ensure))
        ;; Batch Emacs has no command loop: run the hook eglot-ensure waits for.
        (run-hooks 'post-command-hook)
        (let ((deadline (+ (float-time) limit)))
          (while (and (not got) (< (float-time) deadline))
            (accept-process-output nil 0.05)))
        (unless got
          (dm-print '((error . "no publishDiagnostics in time")))
          (kill-emacs 3))
        (dolist (d (append diags nil))
          (let* ((r (plist-get d :range)) (s (plist-get r :start)))
            (dm-print `((diagnostic . ((line . ,(plist-get s :line)) (character . ,(plist-get s :character))
                                       (code . ,(plist-get d :code)) (severity . ,(plist-get d :severity))
                                       (message . ,(plist-get d :message))))))))
        (when hover
          (let* ((parts (split-string hover ":"))
                 (pos (list :line (string-to-number (car parts)) :character (string-to-number (cadr parts))))
                 (res (jsonrpc-request (eglot-current-server) :textDocument/hover
                                       (list :textDocument (eglot--TextDocumentIdentifier) :position pos)))
                 (contents (plist-get res :contents)))
            (dm-print `((hover . ,(if (stringp contents) contents (or (plist-get contents :value) "")))))))
        (dm-print '((published . t)))
        (ignore-errors (let ((inhibit-message t)) (eglot-shutdown (eglot-current-server))))
        (kill-emacs 0))
    (error (dm-print `((error . ,(error-message-string err)))) (kill-emacs 5))))
