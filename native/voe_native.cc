// voe_native: the CNN's hot training kernels on oneDNN, for tfjs-backend-wasm's tensors in place.
//
// Every function takes the wasm backend's heap (the WebAssembly.Memory's current ArrayBuffer, fetched anew by the
// caller on every call because growing the memory replaces it), byte offsets of the tensors on it, and an Int32Array
// of geometry. Data is tfjs' own layout: activations NHWC, filters HWIO (tfjs' [KH, KW, Cin, Cout]). oneDNN is told
// those layouts for the tensors we hand it; it picks its own for the filters where that is faster, and we reorder.
//
// Threads: oneDNN here runs on OpenMP (Debian's build). The number of threads is set per calling thread (OpenMP's
// nthreads-var is per thread, and the toolkit trains in worker threads) from setThreads(), default 1: results are
// then the same bits on every run (a reduction split over threads may add in another order).
#include <node_api.h>
#include <omp.h>

#include <oneapi/dnnl/dnnl.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

using dnnl::memory;
using tag = dnnl::memory::format_tag;
using dt = dnnl::memory::data_type;

namespace {

int g_threads = 1;

dnnl::engine &cpuEngine() {
  static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  return engine;
}

// One stream per thread that calls us (a dnnl::stream is not to be shared between threads).
dnnl::stream &threadStream() {
  thread_local dnnl::stream stream(cpuEngine());
  return stream;
}

void pinThreads() {
  if (omp_get_max_threads() != g_threads) omp_set_num_threads(g_threads);
}

// ---------------------------------------------------------------------------------------------------------------
// N-API helpers

struct JsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void check(napi_env env, napi_status status, const char *what) {
  if (status != napi_ok) throw JsError(std::string("voe_native: ") + what);
}

std::vector<napi_value> argsOf(napi_env env, napi_callback_info info, size_t want) {
  size_t argc = want;
  std::vector<napi_value> argv(want);
  check(env, napi_get_cb_info(env, info, &argc, argv.data(), nullptr, nullptr), "reading arguments");
  if (argc < want) throw JsError("voe_native: expected " + std::to_string(want) + " arguments");
  return argv;
}

struct Heap {
  uint8_t *base;
  size_t bytes;
  float *at(int64_t offset, int64_t floats) const {
    if (offset < 0 || floats < 0 || static_cast<size_t>(offset) + 4 * static_cast<size_t>(floats) > bytes) {
      throw JsError("voe_native: tensor outside the heap (offset " + std::to_string(offset) + ", " +
                    std::to_string(floats) + " floats, heap " + std::to_string(bytes) + " bytes)");
    }
    return reinterpret_cast<float *>(base + offset);
  }
};

Heap heapOf(napi_env env, napi_value value) {
  void *data = nullptr;
  size_t bytes = 0;
  bool isBuffer = false;
  check(env, napi_is_arraybuffer(env, value, &isBuffer), "checking the heap");
  if (!isBuffer) throw JsError("voe_native: the heap must be an ArrayBuffer (the wasm memory's buffer)");
  check(env, napi_get_arraybuffer_info(env, value, &data, &bytes), "reading the heap");
  if (data == nullptr) throw JsError("voe_native: the heap is detached (re-read memory.buffer after growth)");
  return {static_cast<uint8_t *>(data), bytes};
}

std::vector<int64_t> intsOf(napi_env env, napi_value value) {
  napi_typedarray_type type;
  size_t length = 0;
  void *data = nullptr;
  check(env, napi_get_typedarray_info(env, value, &type, &length, &data, nullptr, nullptr), "reading parameters");
  if (type != napi_int32_array) throw JsError("voe_native: parameters must be an Int32Array");
  const int32_t *p = static_cast<const int32_t *>(data);
  return std::vector<int64_t>(p, p + length);
}

int64_t intOf(napi_env env, napi_value value) {
  double d = 0;
  check(env, napi_get_value_double(env, value, &d), "reading a number");
  return static_cast<int64_t>(d);
}

template <typename F>
napi_value guarded(napi_env env, F &&body) {
  try {
    return body();
  } catch (const dnnl::error &e) {
    napi_throw_error(env, "VOE_NATIVE_DNNL", (std::string("voe_native: oneDNN: ") + e.what()).c_str());
  } catch (const JsError &e) {
    napi_throw_error(env, "VOE_NATIVE_ARGS", e.what());
  } catch (const std::exception &e) {
    napi_throw_error(env, "VOE_NATIVE", (std::string("voe_native: ") + e.what()).c_str());
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------------------------
// Convolution (2-D, NHWC activations, HWIO filters, no bias: tfjs' Conv2D and its two gradients)

enum ConvKind { kForward = 0, kBackwardData = 1, kBackwardWeights = 2 };

struct ConvGeom {
  int64_t n, ih, iw, ic, kh, kw, oc, sh, sw, dh, dw, pt, pl, pb, pr, oh, ow;
  memory::dims src() const { return {n, ic, ih, iw}; }
  memory::dims wei() const { return {oc, ic, kh, kw}; }
  memory::dims dst() const { return {n, oc, oh, ow}; }
  memory::dims strides() const { return {sh, sw}; }
  // tfjs counts dilation from 1 (1 = dense), oneDNN from 0.
  memory::dims dilates() const { return {dh - 1, dw - 1}; }
  memory::dims padL() const { return {pt, pl}; }
  memory::dims padR() const { return {pb, pr}; }
};

ConvGeom convGeomOf(const std::vector<int64_t> &p) {
  if (p.size() != 17) throw JsError("voe_native: convolution needs 17 geometry parameters");
  ConvGeom g{p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15],
             p[16]};
  for (int64_t v : p) {
    if (v < 0) throw JsError("voe_native: negative convolution geometry");
  }
  return g;
}

// What one convolution shape needs, built once: the primitive, and the reorders between tfjs' HWIO filters and
// the layout oneDNN chose for them.
struct ConvPlan {
  dnnl::primitive prim;
  memory::desc srcMd, weiMd, dstMd;    // as the primitive wants them
  memory::desc userSrc, userWei, userDst;
  bool reorderSrc = false, reorderWei = false, reorderDst = false;
  dnnl::reorder toSrc, toWei, fromDst, fromWei;
  std::string impl;
};

// Per calling thread: the toolkit trains in worker threads, and a thread's own primitives need no locking.
thread_local std::unordered_map<std::string, std::shared_ptr<ConvPlan>> t_plans;

std::string keyOf(int kind, const std::vector<int64_t> &p) {
  std::string key = std::to_string(kind);
  for (int64_t v : p) key += "," + std::to_string(v);
  return key;
}

std::shared_ptr<ConvPlan> convPlan(int kind, const std::vector<int64_t> &params) {
  const std::string key = keyOf(kind, params);
  auto it = t_plans.find(key);
  if (it != t_plans.end()) return it->second;
  const ConvGeom g = convGeomOf(params);
  auto &eng = cpuEngine();
  auto plan = std::make_shared<ConvPlan>();
  plan->userSrc = memory::desc(g.src(), dt::f32, tag::nhwc);
  plan->userDst = memory::desc(g.dst(), dt::f32, tag::nhwc);
  plan->userWei = memory::desc(g.wei(), dt::f32, tag::hwio);
  // Activations stay in tfjs' NHWC (reordering them would cost as much as oneDNN saves on them at these sizes);
  // the filters go to whatever layout oneDNN's kernel wants.
  const memory::desc anyWei(g.wei(), dt::f32, tag::any);
  dnnl::convolution_forward::desc fwdDesc(dnnl::prop_kind::forward_training, dnnl::algorithm::convolution_direct,
                                          plan->userSrc, anyWei, plan->userDst, g.strides(), g.dilates(), g.padL(),
                                          g.padR());
  dnnl::convolution_forward::primitive_desc fwdPd(fwdDesc, eng);
  dnnl::primitive_desc_base pdForInfo = fwdPd;
  if (kind == kForward) {
    plan->prim = dnnl::convolution_forward(fwdPd);
    plan->srcMd = fwdPd.src_desc();
    plan->weiMd = fwdPd.weights_desc();
    plan->dstMd = fwdPd.dst_desc();
  } else if (kind == kBackwardData) {
    dnnl::convolution_backward_data::desc bdDesc(dnnl::algorithm::convolution_direct, plan->userSrc, anyWei,
                                                 plan->userDst, g.strides(), g.dilates(), g.padL(), g.padR());
    dnnl::convolution_backward_data::primitive_desc bdPd(bdDesc, eng, fwdPd);
    plan->prim = dnnl::convolution_backward_data(bdPd);
    plan->srcMd = bdPd.diff_src_desc();
    plan->weiMd = bdPd.weights_desc();
    plan->dstMd = bdPd.diff_dst_desc();
    pdForInfo = bdPd;
  } else if (kind == kBackwardWeights) {
    dnnl::convolution_backward_weights::desc bwDesc(dnnl::algorithm::convolution_direct, plan->userSrc, anyWei,
                                                    plan->userDst, g.strides(), g.dilates(), g.padL(), g.padR());
    dnnl::convolution_backward_weights::primitive_desc bwPd(bwDesc, eng, fwdPd);
    plan->prim = dnnl::convolution_backward_weights(bwPd);
    plan->srcMd = bwPd.src_desc();
    plan->weiMd = bwPd.diff_weights_desc();
    plan->dstMd = bwPd.diff_dst_desc();
    pdForInfo = bwPd;
  } else {
    throw JsError("voe_native: unknown convolution kind " + std::to_string(kind));
  }
  plan->impl = pdForInfo.impl_info_str();
  plan->reorderSrc = plan->srcMd != plan->userSrc;
  plan->reorderDst = plan->dstMd != plan->userDst;
  plan->reorderWei = plan->weiMd != plan->userWei;
  if (plan->reorderSrc || plan->reorderDst) {
    throw JsError("voe_native: oneDNN asked for another activation layout (" + plan->impl + ")");
  }
  if (plan->reorderWei) {
    if (kind == kBackwardWeights) {
      plan->fromWei = dnnl::reorder(dnnl::reorder::primitive_desc(eng, plan->weiMd, eng, plan->userWei));
    } else {
      plan->toWei = dnnl::reorder(dnnl::reorder::primitive_desc(eng, plan->userWei, eng, plan->weiMd));
    }
  }
  t_plans.emplace(key, plan);
  return plan;
}

// Scratch for reordered filters, per calling thread.
float *threadScratch(size_t bytes) {
  thread_local std::vector<float> buf;
  if (buf.size() * 4 < bytes) buf.resize((bytes + 3) / 4);
  return buf.data();
}

// conv(kind, heap, params, a, b, out):
//   kind 0 forward:          a = x,  b = filter, out = y
//   kind 1 backward data:    a = dy, b = filter, out = dx
//   kind 2 backward weights: a = x,  b = dy,     out = dW
napi_value Conv(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 6);
    const int kind = static_cast<int>(intOf(env, argv[0]));
    const Heap heap = heapOf(env, argv[1]);
    const auto params = intsOf(env, argv[2]);
    const ConvGeom g = convGeomOf(params);
    const int64_t srcN = g.n * g.ih * g.iw * g.ic, dstN = g.n * g.oh * g.ow * g.oc, weiN = g.kh * g.kw * g.ic * g.oc;
    pinThreads();
    auto plan = convPlan(kind, params);
    auto &eng = cpuEngine();
    auto &strm = threadStream();
    const int64_t a = intOf(env, argv[3]), b = intOf(env, argv[4]), out = intOf(env, argv[5]);
    if (kind == kForward || kind == kBackwardData) {
      float *act = heap.at(a, kind == kForward ? srcN : dstN);
      float *wei = heap.at(b, weiN);
      float *res = heap.at(out, kind == kForward ? dstN : srcN);
      memory userWei(plan->userWei, eng, wei);
      memory weiMem = userWei;
      if (plan->reorderWei) {
        weiMem = memory(plan->weiMd, eng, threadScratch(plan->weiMd.get_size()));
        plan->toWei.execute(strm, userWei, weiMem);
      }
      if (kind == kForward) {
        memory src(plan->userSrc, eng, act), dst(plan->userDst, eng, res);
        plan->prim.execute(strm, {{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, weiMem}, {DNNL_ARG_DST, dst}});
      } else {
        memory ddst(plan->userDst, eng, act), dsrc(plan->userSrc, eng, res);
        plan->prim.execute(strm, {{DNNL_ARG_DIFF_DST, ddst}, {DNNL_ARG_WEIGHTS, weiMem}, {DNNL_ARG_DIFF_SRC, dsrc}});
      }
    } else {
      memory src(plan->userSrc, eng, heap.at(a, srcN));
      memory ddst(plan->userDst, eng, heap.at(b, dstN));
      memory userDw(plan->userWei, eng, heap.at(out, weiN));
      memory dwMem = plan->reorderWei ? memory(plan->weiMd, eng, threadScratch(plan->weiMd.get_size())) : userDw;
      plan->prim.execute(strm, {{DNNL_ARG_SRC, src}, {DNNL_ARG_DIFF_DST, ddst}, {DNNL_ARG_DIFF_WEIGHTS, dwMem}});
      if (plan->reorderWei) plan->fromWei.execute(strm, dwMem, userDw);
    }
    strm.wait();
    return nullptr;
  });
}

// convImpl(kind, params): the name of the oneDNN implementation that runs this shape (e.g. "jit:avx2").
napi_value ConvImpl(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 2);
    pinThreads();
    auto plan = convPlan(static_cast<int>(intOf(env, argv[0])), intsOf(env, argv[1]));
    napi_value s;
    check(env, napi_create_string_utf8(env, plan->impl.c_str(), plan->impl.size(), &s), "making a string");
    return s;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Adam: one pass over a variable instead of tfjs' 14 kernels, the same float32 operations in the same order, so
// the same bits (the build turns off contraction into fused multiply-adds, see binding.gyp):
//   m' = m·β1 + g·(1−β1);  v' = v·β2 + g²·(1−β2);  w' = (m'/(1−β1ᵗ)) / (√(v'/(1−β2ᵗ)) + ε) · (−lr) + w
// adam(heap, n, [w, m, v, g, oneMinusAccBeta1, oneMinusAccBeta2, w', m', v'] offsets, [β1, 1−β1, β2, 1−β2, ε, −lr])

// The element loop is built twice, for AVX2 and for any x86-64, and picked at run time: wider vectors, the same
// operations on each element, so the same bits.
inline __attribute__((always_inline)) void adamBody(int64_t n, const float *w, const float *m, const float *v,
                                                    const float *g, float oma1, float oma2, float b1, float c1,
                                                    float b2, float c2, float eps, float negLr, float *__restrict w2,
                                                    float *__restrict m2, float *__restrict v2) {
  for (int64_t i = 0; i < n; i++) {
    const float gi = g[i];
    const float mi = m[i] * b1 + gi * c1;
    const float vi = v[i] * b2 + (gi * gi) * c2;
    const float mHat = mi / oma1;
    const float vHat = vi / oma2;
    m2[i] = mi;
    v2[i] = vi;
    w2[i] = (mHat / (std::sqrt(vHat) + eps)) * negLr + w[i];
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) void adamAvx2(int64_t n, const float *w, const float *m, const float *v,
                                              const float *g, float oma1, float oma2, float b1, float c1, float b2,
                                              float c2, float eps, float negLr, float *w2, float *m2, float *v2) {
  adamBody(n, w, m, v, g, oma1, oma2, b1, c1, b2, c2, eps, negLr, w2, m2, v2);
}
#endif

void adamLoop(int64_t n, const float *w, const float *m, const float *v, const float *g, float oma1, float oma2,
              float b1, float c1, float b2, float c2, float eps, float negLr, float *w2, float *m2, float *v2) {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return adamAvx2(n, w, m, v, g, oma1, oma2, b1, c1, b2, c2, eps, negLr, w2, m2, v2);
#endif
  adamBody(n, w, m, v, g, oma1, oma2, b1, c1, b2, c2, eps, negLr, w2, m2, v2);
}

napi_value Adam(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 4);
    const Heap heap = heapOf(env, argv[0]);
    const int64_t n = intOf(env, argv[1]);
    const auto off = intsOf(env, argv[2]);
    if (off.size() != 9) throw JsError("voe_native: adam needs 9 tensor offsets");
    napi_typedarray_type type;
    size_t length = 0;
    void *data = nullptr;
    check(env, napi_get_typedarray_info(env, argv[3], &type, &length, &data, nullptr, nullptr), "reading adam's hyperparameters");
    if (type != napi_float32_array || length != 6) throw JsError("voe_native: adam's hyperparameters: a Float32Array of 6");
    const float *hp = static_cast<const float *>(data);
    const float b1 = hp[0], c1 = hp[1], b2 = hp[2], c2 = hp[3], eps = hp[4], negLr = hp[5];
    const float *w = heap.at(off[0], n), *m = heap.at(off[1], n), *v = heap.at(off[2], n), *g = heap.at(off[3], n);
    const float oma1 = *heap.at(off[4], 1), oma2 = *heap.at(off[5], 1);
    float *w2 = heap.at(off[6], n), *m2 = heap.at(off[7], n), *v2 = heap.at(off[8], n);
    adamLoop(n, w, m, v, g, oma1, oma2, b1, c1, b2, c2, eps, negLr, w2, m2, v2);
    return nullptr;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// FusedBatchNorm's forward pass over channels-last data with per-channel statistics (tfjs-layers' BatchNormalization
// in training and inference): y = offset + (x − mean) · scale / √(variance + ε), the per-channel factor in double
// as tfjs-cpu computes it.
// batchNorm(heap, rows, channels, [x, mean, variance, offset (−1: none), scale (−1: none), y], epsilon)

napi_value BatchNorm(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 5);
    const Heap heap = heapOf(env, argv[0]);
    const int64_t rows = intOf(env, argv[1]), c = intOf(env, argv[2]);
    const auto off = intsOf(env, argv[3]);
    if (off.size() != 6) throw JsError("voe_native: batchNorm needs 6 tensor offsets");
    double eps = 0;
    check(env, napi_get_value_double(env, argv[4], &eps), "reading epsilon");
    const float *x = heap.at(off[0], rows * c), *mean = heap.at(off[1], c), *var = heap.at(off[2], c);
    const float *offset = off[3] >= 0 ? heap.at(off[3], c) : nullptr, *scale = off[4] >= 0 ? heap.at(off[4], c) : nullptr;
    float *y = heap.at(off[5], rows * c);
    thread_local std::vector<float> mul, add;
    mul.resize(c);
    add.resize(c);
    for (int64_t j = 0; j < c; j++) {
      const double k = (scale ? scale[j] : 1.0) / std::sqrt(static_cast<double>(var[j]) + eps);
      mul[j] = static_cast<float>(k);
      add[j] = offset ? offset[j] : 0.0f;
    }
    for (int64_t r = 0; r < rows; r++) {
      const float *xr = x + r * c;
      float *yr = y + r * c;
      for (int64_t j = 0; j < c; j++) yr[j] = (xr[j] - mean[j]) * mul[j] + add[j];
    }
    return nullptr;
  });
}

// FusedBatchNorm's gradient for per-channel statistics, all five results in one pass (tfjs-core's
// gradients/FusedBatchNorm_grad.ts runs ~27 kernels for them). With k = 1/√(variance + ε), s = scale (or 1):
//   dx = dy·k·s;  dmean = −k·s·Σdy;  dvariance = −½k³·s·Σdy(x − mean);  dscale = k·Σdy(x − mean);  doffset = Σdy
// the sums over rows in double.
// batchNormGrad(heap, rows, channels, [dy, x, mean, variance, scale (−1: none), dx, dmean, dvariance, dscale,
//   doffset], epsilon)

napi_value BatchNormGrad(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 5);
    const Heap heap = heapOf(env, argv[0]);
    const int64_t rows = intOf(env, argv[1]), c = intOf(env, argv[2]);
    const auto off = intsOf(env, argv[3]);
    if (off.size() != 10) throw JsError("voe_native: batchNormGrad needs 10 tensor offsets");
    double eps = 0;
    check(env, napi_get_value_double(env, argv[4], &eps), "reading epsilon");
    const float *dy = heap.at(off[0], rows * c), *x = heap.at(off[1], rows * c);
    const float *mean = heap.at(off[2], c), *var = heap.at(off[3], c);
    const float *scale = off[4] >= 0 ? heap.at(off[4], c) : nullptr;
    float *dx = heap.at(off[5], rows * c), *dmean = heap.at(off[6], c), *dvar = heap.at(off[7], c);
    float *dscale = heap.at(off[8], c), *doffset = heap.at(off[9], c);
    thread_local std::vector<float> kf, dxf;
    thread_local std::vector<double> sdy, sdyx;
    kf.resize(c);
    dxf.resize(c);
    sdy.assign(c, 0.0);
    sdyx.assign(c, 0.0);
    for (int64_t j = 0; j < c; j++) {
      kf[j] = 1.0f / std::sqrt(var[j] + static_cast<float>(eps));
      dxf[j] = kf[j] * (scale ? scale[j] : 1.0f);
    }
    for (int64_t r = 0; r < rows; r++) {
      const float *dyr = dy + r * c, *xr = x + r * c;
      float *dxr = dx + r * c;
      for (int64_t j = 0; j < c; j++) {
        sdy[j] += dyr[j];
        sdyx[j] += static_cast<double>(dyr[j]) * (xr[j] - mean[j]);
        dxr[j] = dyr[j] * dxf[j];
      }
    }
    for (int64_t j = 0; j < c; j++) {
      const double k = kf[j], sc = scale ? scale[j] : 1.0;
      dmean[j] = static_cast<float>(-k * sc * sdy[j]);
      dvar[j] = static_cast<float>(-0.5 * k * k * k * sc * sdyx[j]);
      dscale[j] = static_cast<float>(k * sdyx[j]);
      doffset[j] = static_cast<float>(sdy[j]);
    }
    return nullptr;
  });
}

napi_value SetThreads(napi_env env, napi_callback_info info) {
  return guarded(env, [&]() -> napi_value {
    auto argv = argsOf(env, info, 1);
    const int64_t n = intOf(env, argv[0]);
    if (n < 1 || n > 1024) throw JsError("voe_native: threads must be 1..1024");
    g_threads = static_cast<int>(n);
    pinThreads();
    return nullptr;
  });
}

napi_value Version(napi_env env, napi_callback_info) {
  return guarded(env, [&]() -> napi_value {
    const dnnl_version_t *v = dnnl_version();
    std::string s = std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch);
    napi_value out;
    check(env, napi_create_string_utf8(env, s.c_str(), s.size(), &out), "making a string");
    return out;
  });
}

napi_value Threads(napi_env env, napi_callback_info) {
  return guarded(env, [&]() -> napi_value {
    napi_value out;
    check(env, napi_create_int32(env, g_threads, &out), "making a number");
    return out;
  });
}

}  // namespace

NAPI_MODULE_INIT() {
  const napi_property_descriptor props[] = {
      {"conv", nullptr, Conv, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"adam", nullptr, Adam, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"batchNormGrad", nullptr, BatchNormGrad, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"batchNorm", nullptr, BatchNorm, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"convImpl", nullptr, ConvImpl, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"threads", nullptr, Threads, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
      {"version", nullptr, Version, nullptr, nullptr, nullptr, napi_enumerable, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}
