"""Shared bits for the wD generators (quoting styles, system HTML shells)."""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import *  # noqa: F401,F403
from mimehelp import quote  # noqa: F401


def oquote(text, frm, sent, to, subject, cc=None):
    """Outlook-style top-posted quote block."""
    head = ["", "", "________________________________", f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + text.strip("\n")


def fwd(text, frm, date, subject, to):
    return ("\n\n---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {date}\nSubject: {subject}\nTo: {to}\n\n" + text.strip("\n"))


def esc(s):
    return _h.escape(s)


def paras_html(paras):
    out = []
    for p in paras:
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(f'<p style="margin:0 0 14px 0">{esc(p).replace(chr(10), "<br>")}</p>')
    return "\n".join(out)


def sys_html(brand, paras, footer, color="#0a66c2", title=""):
    """A table-based HTML shell like the ones ATS and job boards send."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title or brand)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f2ef">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f2ef">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:4px">
<tr><td style="background:{color};padding:16px 24px;color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:20px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1d2226">
{paras_html(paras)}
</td></tr>
<tr><td style="padding:16px 24px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#86888a;border-top:1px solid #e0dfdc">
{paras_html(footer)}
</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def word_html(text, font="Calibri", lang="EN-GB"):
    """Outlook/Word-flavoured HTML for a plain-text body."""
    body = []
    for p in text.strip("\n").split("\n\n"):
        lines = "<br>\n".join(esc(x) for x in p.split("\n"))
        body.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>')
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
            f"font-family:\"{font}\",sans-serif;}}\n--></style></head>\n"
            f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(body)
            + "\n</div>\n</body></html>\n")


def outlook_headers(box, topic):
    idx = "Ad" + box.alnum(30)
    lang = "en-GB" if box.country in ("UK", "IE") else "en-US"
    return [f"Thread-Topic: {topic}", f"Thread-Index: {idx}", f"Accept-Language: {lang}, en-{'US' if lang == 'en-GB' else 'GB'}",
            f"Content-Language: {lang}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]


IPHONE = "\n\nSent from my iPhone"
ANDROID = "\n\nSent from my Galaxy"
