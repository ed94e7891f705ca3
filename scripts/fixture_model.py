"""Shared by the fixture-model scripts (make-caption-model.py, make-embedding-model.py): JSON files and
the manifest.json (path, size, SHA-256 of every file) that the app's model download checks against."""
import hashlib
import json
import os


def write_json(out, name, value):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=1)
        f.write("\n")


def manifest(out, model_id, **extra):
    files = []
    for root, _, names in os.walk(out):
        for name in sorted(names):
            path = os.path.relpath(os.path.join(root, name), out).replace(os.sep, "/")
            if path == "manifest.json":
                continue
            data = open(os.path.join(root, name), "rb").read()
            files.append({"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    write_json(out, "manifest.json", {"manifestVersion": 1, "id": model_id, **extra, "files": sorted(files, key=lambda f: f["path"])})


def report(target, what):
    total = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(target) for n in ns)
    print(f"{what} written to {target}: {total} bytes")
