"""Shared bits for the part-H generators (letters, Outlook HTML, system HTML)."""
import html as _h
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimehelp import *  # noqa: F401,F403
from mimehelp import Box, Event, calendar, quote, add_bdays, crosses_holiday  # noqa: F401

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"


def esc(s):
    return _h.escape(s)


def paras_html(text):
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + esc(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def letter_html(org, letterhead_lines, body_text, colour="#1f3a5f", footer=""):
    """A formal letter laid out like a PDF page (what HR letter templates send)."""
    lh = "<br>".join(esc(x) for x in letterhead_lines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(org)}</title>
<style>
body {{ background:#e9e9e9; margin:0; padding:24px 0; }}
.page {{ width:640px; margin:0 auto; background:#ffffff; padding:56px 64px; box-shadow:0 0 6px #999;
        font-family:'Times New Roman',Times,serif; font-size:15px; line-height:1.45; color:#111; }}
.lh {{ border-bottom:2px solid {colour}; padding-bottom:10px; margin-bottom:28px; }}
.lh .org {{ font-size:20px; font-weight:bold; color:{colour}; letter-spacing:0.5px; }}
.lh .addr {{ font-size:12px; color:#444; }}
.foot {{ margin-top:40px; border-top:1px solid #bbb; padding-top:8px; font-size:11px; color:#666; }}
</style></head>
<body><div class="page">
<div class="lh"><div class="org">{esc(org)}</div><div class="addr">{lh}</div></div>
{paras_html(body_text)}
<div class="foot">{esc(footer)}</div>
</div></body></html>
"""


def outlook_html(text, font="Calibri"):
    ps = []
    for p in text.strip("\n").split("\n\n"):
        for ln in p.split("\n"):
            ps.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    body = "\n".join(ps)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def system_html(brand, colour, title, body_text, footer, button=None):
    btn = ""
    if button:
        label, url = button
        btn = (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{colour};'
               f'border-radius:4px;padding:10px 18px"><a href="{esc(url)}" style="color:#fff;text-decoration:none;'
               f'font-weight:bold">{esc(label)}</a></td></tr></table>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:{colour};color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold">{esc(brand)}</td></tr>
<tr><td style="padding:24px"><h2 style="font-size:18px;margin:0 0 12px 0">{esc(title)}</h2>
{paras_html(body_text)}
{btn}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">{paras_html(footer)}</td></tr>
</table></td></tr></table>
</body></html>
"""


def teams_block(url_id):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_{url_id}%40thread.v2/0>\n"
            f"Meeting ID: {url_id[:3]} {url_id[3:6]} {url_id[6:9]} {url_id[9:12]}\n"
            "Passcode: " + url_id[12:18] + "\n"
            "________________________________________________________________________________")


def outlook_headers(box, topic):
    idx = "Ad" + box.alnum(26) + "=="
    return [f"Thread-Topic: {topic}", f"Thread-Index: {idx}", "Accept-Language: en-US",
            "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
