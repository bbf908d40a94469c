DROP TABLE IF EXISTS temp.alloc_weights;
