#!/usr/bin/python3
"""Writes a tiny RANDOM-WEIGHT Whisper-architecture speech model in the layout transformers.js 4 loads
(config.json, generation_config.json, preprocessor_config.json, tokenizer files, onnx/encoder_model.onnx,
onnx/decoder_model_merged.onnx) plus a manifest.json with each file's size and SHA-256.

It recognises nothing: it exists so tests can run the real caption pipeline (feature extraction, encoder,
cached greedy decoding, tokenizer) offline. d_model=64, one encoder and one decoder layer, a byte-level
vocabulary (256 bytes + Whisper's special tokens). Needs Debian python3-torch and python3-onnx:

    /usr/bin/python3 scripts/make-caption-model.py e2e/fixtures/caption-model
"""
import os
import sys

import torch
from torch import nn

from fixture_model import manifest, report, write_json

D, HEADS, FFN, MELS, FRAMES, MAX_TARGET = 64, 2, 128, 80, 3000, 448
HEAD_DIM = D // HEADS
SPECIALS = ["<|endoftext|>", "<|startoftranscript|>", "<|en|>", "<|zh|>", "<|translate|>", "<|transcribe|>",
            "<|startoflm|>", "<|startofprev|>", "<|nocaptions|>", "<|notimestamps|>"]
VOCAB = 256 + len(SPECIALS)
ID = {tok: 256 + i for i, tok in enumerate(SPECIALS)}


def bytes_to_unicode():
    """GPT-2's byte <-> printable-character table, which byte-level BPE vocabularies are written in."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, (chr(c) for c in cs)))


class Attention(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(D, D) for _ in range(4))

    def split(self, x):  # [b, t, D] -> [b, heads, t, head_dim]
        return x.view(x.shape[0], x.shape[1], HEADS, HEAD_DIM).transpose(1, 2)

    def attend(self, q, k, v, mask=None):
        w = q @ k.transpose(-1, -2) / HEAD_DIM ** 0.5
        if mask is not None:
            w = w + mask
        y = torch.softmax(w, dim=-1) @ v
        return self.o(y.transpose(1, 2).reshape(q.shape[0], q.shape[2], D))


class Mlp(nn.Sequential):
    def __init__(self):
        super().__init__(nn.Linear(D, FFN), nn.GELU(), nn.Linear(FFN, D))


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(MELS, D, 3, padding=1)
        self.conv2 = nn.Conv1d(D, D, 3, stride=2, padding=1)
        self.pos = nn.Parameter(torch.randn(FRAMES // 2, D) * 0.02)
        self.ln1, self.ln2, self.ln_post = nn.LayerNorm(D), nn.LayerNorm(D), nn.LayerNorm(D)
        self.attn, self.mlp = Attention(), Mlp()

    def forward(self, input_features):
        x = nn.functional.gelu(self.conv1(input_features))
        x = nn.functional.gelu(self.conv2(x)).transpose(1, 2) + self.pos
        h = self.ln1(x)
        a = self.attn
        x = x + a.attend(a.split(a.q(h)), a.split(a.k(h)), a.split(a.v(h)))
        x = x + self.mlp(self.ln2(x))
        return self.ln_post(x)


class MergedDecoder(nn.Module):
    """One graph for the first step and the cached steps (what optimum calls "merged"). Cross-attention
    keys/values are recomputed from the encoder output each step: simpler than an If node, same result."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, D)
        self.pos = nn.Parameter(torch.randn(MAX_TARGET, D) * 0.02)
        self.ln1, self.ln2, self.ln3, self.ln_post = (nn.LayerNorm(D) for _ in range(4))
        self.self_attn, self.cross_attn, self.mlp = Attention(), Attention(), Mlp()

    def forward(self, input_ids, encoder_hidden_states, past_key, past_value, use_cache_branch):
        past = past_key.shape[2]
        t = input_ids.shape[1]
        positions = torch.arange(t) + past
        x = self.embed(input_ids) + self.pos[positions]
        sa = self.self_attn
        h = self.ln1(x)
        k = torch.cat([past_key, sa.split(sa.k(h))], dim=2)
        v = torch.cat([past_value, sa.split(sa.v(h))], dim=2)
        key_pos = torch.arange(k.shape[2])
        mask = (key_pos[None, :] > positions[:, None]).float() * -1e9
        x = x + sa.attend(sa.split(sa.q(h)), k, v, mask)
        ca = self.cross_attn
        ek, ev = ca.split(ca.k(encoder_hidden_states)), ca.split(ca.v(encoder_hidden_states))
        x = x + ca.attend(ca.split(ca.q(self.ln2(x))), ek, ev)
        x = x + self.mlp(self.ln3(x))
        # use_cache_branch must stay a graph input (transformers.js feeds it); it changes nothing here.
        x = x + use_cache_branch.float().sum() * 0.0
        logits = self.ln_post(x) @ self.embed.weight.T
        return logits, k, v, ek, ev


def export(out):
    torch.manual_seed(20261124)
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    enc, dec = Encoder().eval(), MergedDecoder().eval()
    with torch.no_grad():
        features = torch.randn(1, MELS, FRAMES)
        torch.onnx.export(enc, (features,), os.path.join(out, "onnx", "encoder_model.onnx"), opset_version=14,
                          input_names=["input_features"], output_names=["last_hidden_state"],
                          dynamic_axes={"input_features": {0: "batch_size"}, "last_hidden_state": {0: "batch_size"}})
        hidden = enc(features)
        ids = torch.tensor([[ID["<|startoftranscript|>"], ID["<|en|>"], ID["<|transcribe|>"]]])
        empty = torch.zeros(1, HEADS, 0, HEAD_DIM)
        pk, pv = f"past_key_values.0.decoder.key", f"past_key_values.0.decoder.value"
        torch.onnx.export(
            dec, (ids, hidden, empty, empty, torch.tensor([False])),
            os.path.join(out, "onnx", "decoder_model_merged.onnx"), opset_version=14,
            input_names=["input_ids", "encoder_hidden_states", pk, pv, "use_cache_branch"],
            output_names=["logits", "present.0.decoder.key", "present.0.decoder.value",
                          "present.0.encoder.key", "present.0.encoder.value"],
            dynamic_axes={
                "input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
                "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"},
                pk: {0: "batch_size", 2: "past_decoder_sequence_length"},
                pv: {0: "batch_size", 2: "past_decoder_sequence_length"},
                "logits": {0: "batch_size", 1: "decoder_sequence_length"},
                "present.0.decoder.key": {0: "batch_size", 2: "present_decoder_sequence_length"},
                "present.0.decoder.value": {0: "batch_size", 2: "present_decoder_sequence_length"},
                "present.0.encoder.key": {0: "batch_size", 2: "encoder_sequence_length_out"},
                "present.0.encoder.value": {0: "batch_size", 2: "encoder_sequence_length_out"},
            })




def configs(out):
    write_json(out, "config.json", {
        "model_type": "whisper", "architectures": ["WhisperForConditionalGeneration"], "is_encoder_decoder": True,
        "d_model": D, "encoder_layers": 1, "decoder_layers": 1, "encoder_attention_heads": HEADS,
        "decoder_attention_heads": HEADS, "encoder_ffn_dim": FFN, "decoder_ffn_dim": FFN, "num_mel_bins": MELS,
        "max_source_positions": FRAMES // 2, "max_target_positions": MAX_TARGET, "vocab_size": VOCAB,
        "bos_token_id": ID["<|endoftext|>"], "eos_token_id": ID["<|endoftext|>"], "pad_token_id": ID["<|endoftext|>"],
        "decoder_start_token_id": ID["<|startoftranscript|>"],
    })
    # A random model never learns to stop or to avoid special tokens: suppress every special token
    # (end of text included, so the caller's max_new_tokens ends decoding) and every non-printable byte,
    # so the output is visible ASCII.
    unprintable = [b for b in range(256) if not 0x20 <= b <= 0x7E]
    write_json(out, "generation_config.json", {
        "decoder_start_token_id": ID["<|startoftranscript|>"], "eos_token_id": ID["<|endoftext|>"],
        "pad_token_id": ID["<|endoftext|>"], "bos_token_id": ID["<|endoftext|>"], "max_length": MAX_TARGET,
        "is_multilingual": True, "lang_to_id": {"<|en|>": ID["<|en|>"], "<|zh|>": ID["<|zh|>"]},
        "task_to_id": {"transcribe": ID["<|transcribe|>"], "translate": ID["<|translate|>"]},
        "no_timestamps_token_id": ID["<|notimestamps|>"],
        # ...and it repeats one character forever: forbid repeats so the text shows its length.
        "no_repeat_ngram_size": 1,
        "suppress_tokens": unprintable + sorted(ID.values()), "begin_suppress_tokens": [0x20],
    })
    write_json(out, "preprocessor_config.json", {
        "feature_extractor_type": "WhisperFeatureExtractor", "processor_class": "WhisperProcessor",
        "feature_size": MELS, "hop_length": 160, "chunk_length": 30, "n_fft": 400, "n_samples": 480000,
        "nb_max_frames": FRAMES, "padding_side": "right", "padding_value": 0.0, "return_attention_mask": False,
        "sampling_rate": 16000,
    })
    table = bytes_to_unicode()
    added = [{"id": ID[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for t in SPECIALS]
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    write_json(out, "tokenizer.json", {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added, "normalizer": None,
        "pre_tokenizer": byte_level, "post_processor": byte_level, "decoder": byte_level,
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False,
                  "vocab": {table[b]: b for b in range(256)}, "merges": []},
    })
    write_json(out, "tokenizer_config.json", {
        "tokenizer_class": "WhisperTokenizer", "model_max_length": 1024, "bos_token": "<|endoftext|>",
        "eos_token": "<|endoftext|>", "unk_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
        "add_prefix_space": False, "errors": "replace", "clean_up_tokenization_spaces": True,
    })




if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "e2e/fixtures/caption-model"
    export(target)
    configs(target)
    manifest(target, "switchboard-fixture-whisper-random", architecture="whisper", languages=["en", "zh"])
    report(target, "random-weight fixture model")
