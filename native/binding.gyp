{
  "targets": [
    {
      "target_name": "voe_native",
      "sources": ["voe_native.cc"],
      "cflags_cc": ["-std=c++17", "-O2", "-fexceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "libraries": ["-ldnnl", "-lgomp"]
    }
  ]
}
