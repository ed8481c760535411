{
  "targets": [
    {
      "target_name": "voe_native",
      "sources": ["voe_native.cc"],
      "cflags_cc": ["-std=c++17", "-O3", "-fexceptions", "-ffp-contract=off", "-fno-math-errno"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "libraries": ["-ldnnl", "-lgomp"]
    }
  ]
}
