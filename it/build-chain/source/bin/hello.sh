#!/bin/sh
echo hello from an executable script
