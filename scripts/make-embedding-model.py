#!/usr/bin/python3
"""Writes a tiny RANDOM-WEIGHT BERT sentence-embedding model in the layout transformers.js 4 loads for
feature-extraction (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) plus a
manifest.json with each file's size and SHA-256 (the same manifest as the caption models).

It understands nothing: it exists so tests can run the real embedding path (WordPiece tokenizer, ONNX
encoder, pooling, normalisation, Orama's vector index) offline. Retrieval quality with it is NOT
measured. hidden=64, one layer, 2 heads, a WordPiece vocabulary of single characters (lower-case ASCII
letters, digits, punctuation, each also as a "##" continuation), so any English word tokenises; other
scripts become [UNK]. Needs Debian python3-torch and python3-onnx:

    /usr/bin/python3 scripts/make-embedding-model.py e2e/fixtures/embedding-model
"""
import os
import string
import sys

import torch
from torch import nn

from fixture_model import manifest, report, write_json

HIDDEN, HEADS, FFN, MAX_POS, LAYERS = 64, 2, 128, 128, 1
HEAD_DIM = HIDDEN // HEADS
SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
CHARS = string.ascii_lowercase + string.digits + string.punctuation
VOCAB_LIST = SPECIALS + list(CHARS) + ["##" + c for c in CHARS]
VOCAB = {tok: i for i, tok in enumerate(VOCAB_LIST)}


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.up, self.down = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN)

    def split(self, x):  # [b, t, H] -> [b, heads, t, head_dim]
        return x.view(x.shape[0], x.shape[1], HEADS, HEAD_DIM).transpose(1, 2)

    def forward(self, x, mask):
        w = self.split(self.q(x)) @ self.split(self.k(x)).transpose(-1, -2) / HEAD_DIM ** 0.5 + mask
        y = (torch.softmax(w, dim=-1) @ self.split(self.v(x))).transpose(1, 2).reshape(x.shape)
        x = self.ln1(x + self.o(y))  # post-norm, as BERT
        return self.ln2(x + self.down(nn.functional.gelu(self.up(x))))


class Bert(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(len(VOCAB_LIST), HIDDEN)
        self.pos = nn.Embedding(MAX_POS, HIDDEN)
        self.token_type = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1])[None, :]
        x = self.ln(self.word(input_ids) + self.pos(positions) + self.token_type(token_type_ids))
        mask = (1.0 - attention_mask[:, None, None, :].float()) * -1e9
        for layer in self.layers:
            x = layer(x, mask)
        return x


def export(out):
    torch.manual_seed(20261124)
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    model = Bert().eval()
    ids = torch.tensor([[VOCAB["[CLS]"], VOCAB["h"], VOCAB["##i"], VOCAB["[SEP]"]]])
    with torch.no_grad():
        torch.onnx.export(
            model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), os.path.join(out, "onnx", "model.onnx"),
            opset_version=14, input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={name: {0: "batch_size", 1: "sequence_length"}
                          for name in ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]})




def configs(out):
    write_json(out, "config.json", {
        "model_type": "bert", "architectures": ["BertModel"], "hidden_size": HIDDEN, "num_hidden_layers": LAYERS,
        "num_attention_heads": HEADS, "intermediate_size": FFN, "max_position_embeddings": MAX_POS,
        "type_vocab_size": 2, "vocab_size": len(VOCAB_LIST), "pad_token_id": VOCAB["[PAD]"],
        "layer_norm_eps": 1e-12, "hidden_act": "gelu",
    })
    special = lambda tok: {"id": VOCAB[tok], "content": tok, "single_word": False, "lstrip": False, "rstrip": False,
                           "normalized": False, "special": True}
    token = lambda tok, type_id=0: {"SpecialToken": {"id": tok, "type_id": type_id}}
    write_json(out, "tokenizer.json", {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": [special(t) for t in SPECIALS],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [token("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, token("[SEP]")],
            "pair": [token("[CLS]"), {"Sequence": {"id": "A", "type_id": 0}}, token("[SEP]"),
                     {"Sequence": {"id": "B", "type_id": 1}}, token("[SEP]", 1)],
            "special_tokens": {t: {"id": t, "ids": [VOCAB[t]], "tokens": [t]} for t in ["[CLS]", "[SEP]"]},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": VOCAB},
    })
    write_json(out, "tokenizer_config.json", {
        "tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": MAX_POS,
        "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]", "unk_token": "[UNK]",
        "mask_token": "[MASK]", "clean_up_tokenization_spaces": True,
    })




if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "e2e/fixtures/embedding-model"
    export(target)
    configs(target)
    manifest(target, "switchboard-fixture-bert-random", architecture="bert")
    report(target, "random-weight embedding fixture model")
