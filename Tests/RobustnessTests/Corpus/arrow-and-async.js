f = async
(x) => x; g = async x => await x; h = async function*(){ yield
/re/ }
