class A { #x = 1; static #y; get #z() { return this.#x } static { this.#y = 2 } }
