#!/usr/bin/env bash
echo "packaging placeholder"
