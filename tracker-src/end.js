})(window, document, navigator);
