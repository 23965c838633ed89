#!/usr/bin/env python3
"""CI for a clean clone: install with the README's command, check notebooks and package agree,
check notebooks are clean, run the README's test command (then the `slow` cells), and finish with
`N passed, N failed` counting notebooks. Exits non-zero on any failure."""
import re, shutil, subprocess, sys, time
from pathlib import Path

root = Path(__file__).resolve().parent.parent
started = time.time()

def sh(cmd, check=True, capture=False):
    "Run `cmd` in bash at the repo root, inside the README's venv once it exists."
    if (root/'.venv'/'bin'/'activate').exists(): cmd = f'. .venv/bin/activate && {cmd}'
    print(f'\n$ {cmd}', flush=True)
    res = subprocess.run(cmd, shell=True, executable='/bin/bash', cwd=root, text=True,
                         stdout=subprocess.PIPE if capture else None, stderr=subprocess.STDOUT if capture else None)
    if capture: print(res.stdout, end='', flush=True)
    if check and res.returncode: sys.exit(f'CI failed at: {cmd} (exit {res.returncode})')
    return res

def readme_command(number):
    "The shell command of the README's quick-start step `number` (the first line of its code block)."
    text = (root/'README.md').read_text()
    blocks = re.findall(r'```(?:sh|bash)\n(.*?)\n```', text, re.DOTALL)
    if len(blocks) < number: sys.exit(f'README.md: expected at least {number} shell blocks, found {len(blocks)}')
    return blocks[number-1].strip()

def git_changes(): return sh('git status --porcelain', capture=True).stdout.strip()

# 1. A fresh venv and the README's install (the part of command 2 before `nbdev_test`).
shutil.rmtree(root/'.venv', ignore_errors=True)
install, test = readme_command(2).rsplit(' && ', 1)
if not test.startswith('nbdev_test'): sys.exit(f'README command 2 should end with nbdev_test, got: {test}')
sh(install)
before = git_changes()

# 2. Notebooks and package in sync, notebooks clean.
sh('nbdev_export')
if git_changes() != before: sh('git status --porcelain; git diff --stat', check=False); sys.exit('nbdev_export changed files: notebooks and package are out of sync')
sh('nbdev_clean')
if git_changes() != before: sh('git status --porcelain; git diff --stat', check=False); sys.exit('nbdev_clean changed files: commit notebooks cleaned')

# 3. The README's test command, then the notebooks that have `slow` cells with those cells on.
notebooks = sh("python -c \"from nbdev.doclinks import nbglob; print('\\n'.join(sorted(str(p) for p in nbglob(as_path=True))))\"",
               capture=True).stdout.split()
names = [Path(p).name for p in notebooks]
failed = set()
res = sh(test, check=False, capture=True)
if res.returncode:
    listed = res.stdout.split('nbdev Tests Failed On The Following Notebooks:')[-1]
    failed |= {n for n in names if n in listed} or {'(unknown: nbdev_test failed before testing)'}
for nb in notebooks:
    if re.search(r'#\|\s*slow', Path(nb).read_text()):
        if sh(f'nbdev_test --path {nb} --flags slow', check=False).returncode: failed.add(Path(nb).name)

print(f'\nCI took {time.time() - started:.0f} s')
if failed: print('failed notebooks: ' + ', '.join(sorted(failed)))
print(f'{len(names) - len(failed & set(names))} passed, {len(failed)} failed')
sys.exit(1 if failed else 0)
